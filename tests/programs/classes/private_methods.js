class Calc {
  #double(x) { return x * 2; }
  get #secretGetter() { return "hidden"; }
  static #helper() { return "static private"; }
  run(x) { return this.#double(x) + " " + this.#secretGetter + " " + Calc.#helper(); }
}
console.log(new Calc().run(21));

// expect: 42 hidden static private
