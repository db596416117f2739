const base = { get self() { return this; } };
const derived = Object.create(base);
console.log(derived.self === derived, Reflect.get(base, "self", derived) === derived);

// expect: true true
