const a = [];
a[9] = "x";
console.log(a.length);
a.length = 0;
console.log(a[9], a.length);
try { a.length = -1; } catch (e) { console.log(e.name + ": " + e.message); }
const o = { length: 2, 0: "a", 1: "b" };
console.log(Array.prototype.join.call(o, "+"), Array.prototype.map.call("xyz", c => c.toUpperCase()).join(""));

// expect: 10
// expect: undefined 0
// expect: RangeError: Invalid array length
// expect: a+b XYZ
