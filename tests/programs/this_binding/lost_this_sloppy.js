var v = "global v";
const o = { v: "obj v", get: function () { return this.v; } };
const g = o.get;
console.log(g());
console.log((0, o.get)());
console.log((o.get)());

// expect: global v
// expect: global v
// expect: obj v
