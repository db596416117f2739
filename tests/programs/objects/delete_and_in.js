const o = { a: 1, b: undefined };
console.log("b" in o, o.b, delete o.a, "a" in o, delete o.nonexistent, "toString" in o, Object.hasOwn(o, "toString"));

// expect: true undefined true false true true false
