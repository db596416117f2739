class Temp {
  #c = 0;
  get f() { return this.#c * 9 / 5 + 32; }
  set f(v) { this.#c = (v - 32) * 5 / 9; }
  static get unit() { return "C"; }
}
const t = new Temp();
t.f = 212;
console.log(t.f, Temp.unit);
const d = Object.getOwnPropertyDescriptor(Temp.prototype, "f");
console.log(typeof d.get, typeof d.set, d.enumerable);

// expect: 212 C
// expect: function function false
