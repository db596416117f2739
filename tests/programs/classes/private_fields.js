class Secret {
  #value;
  constructor(v) { this.#value = v; }
  reveal() { return this.#value; }
  static peek(o) { return o.#value; }
  static has(o) { return #value in o; }
}
const s = new Secret(42);
console.log(s.reveal(), Secret.peek(s), Secret.has(s), Secret.has({}));
console.log(Object.keys(s).length, JSON.stringify(s));

// expect: 42 42 true false
// expect: 0 {}
