function show(a, b) { return this.name + ":" + a + ":" + b; }
const bound = show.bind({ name: "b" }, "x");
console.log(bound("y"), bound.name, bound.length);
console.log(bound.call({ name: "other" }, "z"));

// expect: b:x:y bound show 1
// expect: b:x:z
