class Shape {
  constructor() {
    if (new.target === Shape) throw new TypeError("abstract!");
  }
}
class Sq extends Shape {}
console.log(new Sq() instanceof Shape);
try { new Shape(); } catch (e) { console.log(e.message); }

// expect: true
// expect: abstract!
