const ctx = { mul: 3 };
const r = [1, 2].map(function (x) { return x * this.mul; }, ctx);
console.log(r.join());

// expect: 3,6
