let counter = 0;
class F {
  a = ++counter;
  b = this.a * 10;
  ["comp" + "uted"] = "c";
  static s = "static";
}
const f1 = new F(), f2 = new F();
console.log(f1.a, f1.b, f2.a, f2.b, f1.computed, F.s);
console.log(Object.keys(f1).join());

// expect: 1 10 2 20 c static
// expect: a,b,computed
