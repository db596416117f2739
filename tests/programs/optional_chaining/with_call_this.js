const o = { v: 5, get() { return this.v; } };
console.log(o.get?.(), o?.get(), (o?.get)?.());

// expect: 5 5 5
