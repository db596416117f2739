console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["a", "c"]));
console.log(JSON.stringify({ a: 1, b: "x", n: { a: 5 } }, (k, v) => typeof v === "number" ? v * 10 : v));

// expect: {"a":1,"c":3}
// expect: {"a":10,"b":"x","n":{"a":50}}
