// Keyed reads and writes with every kind of Number key, in a loop hot enough for the tier:
// integral floats, -0, fractions, NaN, infinities, keys past 2**32 and past the end, holes.
function read(a, k) { return a[k]; }
function write(a, k, v) { a[k] = v; return a[k]; }
var keys = [0, 1, 2.5, -0, -1, NaN, Infinity, -Infinity, 1e300, 4294967295, 4294967296, 3, 7, 0.1 + 0.2];
var out = [];
for (var round = 0; round < 300; round++) {
  var a = [10, 20, , 40];
  a[2.5] = "frac"; a[-1] = "neg"; a[NaN] = "nan"; a[1e300] = "huge"; a[4294967296] = "big";
  var line = [];
  for (var i = 0; i < keys.length; i++) line.push(String(read(a, keys[i])));
  line.push(String(read("abcd", 2)), String(read("abcd", 2.5)), String(read("abcd", -0)), String(read("abcd", 9)));
  var b = [1, 2, 3];
  line.push(write(b, 1, "w"), write(b, 3, "end"), write(b, 1.5, "f"), write(b, -0, "z"), b.length, JSON.stringify(b));
  if (round === 0 || round === 299) out.push(line.join(" "));
}
console.log(out[0]);
console.log(out[0] === out[1]);
// int32 operators on int32, fractional and out-of-range operands
var ops = [];
for (var r = 0; r < 300; r++) {
  var xs = [5, -5, 2.7, -2.7, 2147483647, 2147483648, -2147483649, 4294967296 + 3, NaN, -0];
  var acc = [];
  for (var j = 0; j < xs.length; j++) {
    var x = xs[j], y = xs[(j + 3) % xs.length];
    acc.push(x | y, x & 0xff, x ^ y, x << 3, x >> 1, x >>> 28, y >> x);
  }
  if (r === 299) ops.push(acc.join(","));
}
console.log(ops[0]);
// receivers that are parameters: objects, primitives and null through one hot function
function describe(o) { return o.length + ":" + o.x + ":" + o.length; }
var seen = [];
for (var q = 0; q < 400; q++) {
  seen.push(describe(q % 3 === 0 ? "str" : q % 3 === 1 ? { x: q, length: 2 } : [q]));
}
console.log(seen.slice(0, 3).join(" "), seen.slice(-3).join(" "));
try { describe(null); } catch (e) { console.log(e.constructor.name, e.message); }
// sort comparators: numbers, booleans, strings, NaN, a type change part-way, and a throw
function byNum(a, b) { return a - b; }
var nums = [];
for (var s = 0; s < 500; s++) nums.push((s * 7919) % 257);
for (var t = 0; t < 5; t++) nums.slice().sort(byNum);
console.log(nums.slice().sort(byNum).slice(0, 8).join(","));
console.log([3, 1, 2].sort(function (a, b) { return a > b; }).join(","));
console.log([3, 1, 2].sort(function (a, b) { return String(b - a); }).join(","));
console.log([3, 1, 2].sort(function () { return NaN; }).join(","));
var mixed = [5, "4", 3, "2", 1];
console.log(mixed.sort(byNum).join(","));
var calls = 0;
try { nums.slice().sort(function (a, b) { if (++calls > 50) throw new Error("stop at " + calls); return a - b; }); }
catch (e) { console.log(e.message); }

// expect: 10 20 frac 10 neg nan undefined undefined huge undefined big 40 undefined undefined c undefined a undefined w end f z 4 ["z","w",3,"end"]
// expect: true
// expect: -1,5,-5,40,2,0,-1,-1,251,-2147483644,-40,-3,15,15,-2147483646,2,-2147483646,16,1,0,-536870912,-1,254,-2147483647,-16,-1,15,1,2147483647,255,2147483644,-8,1073741823,7,0,-2147483648,0,-2147483648,0,-1073741824,8,0,2147483647,255,2147483647,-8,1073741823,7,0,7,3,6,24,1,0,0,-5,0,-5,0,0,0,-5,2,0,2,0,0,0,2
// expect: 3:undefined:3 2:1:2 1:undefined:1 2:397:2 1:undefined:1 3:undefined:3
// expect: TypeError Cannot read properties of null (reading 'length')
// expect: 0,0,1,1,2,2,3,3
// expect: 3,1,2
// expect: 3,2,1
// expect: 3,1,2
// expect: 1,2,3,4,5
// expect: stop at 51
