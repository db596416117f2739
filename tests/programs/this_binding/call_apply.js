function show(a, b) { return this.name + ":" + a + b; }
const ctx = { name: "ctx" };
console.log(show.call(ctx, 1, 2), show.apply(ctx, [3, 4]));

// expect: ctx:12 ctx:34
