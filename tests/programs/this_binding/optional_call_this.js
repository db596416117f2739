const o = { v: 9, m() { return this.v; } };
console.log(o.m?.(), o?.m(), (o?.m)());

// expect: 9 9 9
