const o = { v: 1, get() { return this.v; } };
console.log(o.get(), o["get"]());

// expect: 1 1
