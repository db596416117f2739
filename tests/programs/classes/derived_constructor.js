class Base {
  constructor(x) { this.x = x; this.kind = new.target.name; }
}
class Derived extends Base {
  constructor(x, y) {
    super(x);
    this.y = y;
  }
}
const d = new Derived(1, 2);
console.log(d.x, d.y, d.kind);

// expect: 1 2 Derived
