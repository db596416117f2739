// push with one and several items while a prototype has (or lacks) the index being created:
// an index on Array.prototype or Object.prototype is inherited until the push defines it.
var log = [];
for (var round = 0; round < 3; round++) {
  if (round === 1) { Object.prototype[3] = "op"; Array.prototype[1] = "ap"; }
  if (round === 2) { delete Object.prototype[3]; delete Array.prototype[1]; }
  var a = [1, 2, 3];
  var before = [a[3], [][1]];
  a.push(9);
  var b = [];
  b.push("x", "y");
  var c = [0];
  for (var i = 0; i < 4; i++) c.push(i);
  log.push(JSON.stringify([before, a, a.length, b, Object.keys(b), c, [, ][1], c.length]));
}
console.log(log.join("\n"));

// expect: [[null,null],[1,2,3,9],4,["x","y"],["0","1"],[0,0,1,2,3],null,5]
// expect: [["op","ap"],[1,2,3,9],4,["x","y"],["0","1"],[0,0,1,2,3],"ap",5]
// expect: [[null,null],[1,2,3,9],4,["x","y"],["0","1"],[0,0,1,2,3],null,5]
