function make() { return function inner() {}; }
const a = make(), b = make();
console.log(a === b, a.name === b.name, a.toString() === b.toString());

// expect: false true true
