const out = [];
["a", "b"].forEach(function (v, i, arr) { out.push(v + i + arr.length); });
console.log(out.join());
console.log(["1", "2", "3"].map(parseInt).join());

// expect: a02,b12
// expect: 1,NaN,NaN
