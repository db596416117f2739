// %TypedArray%.prototype methods, with closures as callbacks.
const a = new Int32Array([5, 3, 8, -1, 3]);
let calls = 0;
const count = (f) => (...args) => { calls++; return f(...args); };
console.log(a.map(count(x => x * x)).join(), calls);
console.log(a.filter(x => x > 2), a.find(x => x > 4), a.findLast(x => x === 3), a.findLastIndex(x => x > 100));
console.log(a.reduce((s, x) => s + x, 0), a.reduceRight((s, x) => s + "," + x));
console.log(a.indexOf(3), a.lastIndexOf(3), a.includes(-1), a.at(-2));
console.log(a.slice(1, -1), a.subarray(-2), a.toSorted(), a.toReversed(), a.with(0, 42));
console.log(Array.from(a.entries()).join(" | "), [...a.keys()], [...a]);
const s = new Float64Array([10, 1, 2, NaN, -0, 0, -Infinity]);
console.log(s.sort(), s.sort((x, y) => y - x));
const b = new Uint8Array(8);
b.set([1, 2, 3], 2);
b.set(new Int16Array([-1, 256]), 6);
console.log(b, b.fill(7, -2), b.copyWithin(0, 2, 5), b.reverse());
console.log(Uint8Array.from("123", Number), Int8Array.of(1, -1, 128), Uint8Array.from(new Set([4, 5])));
let sum = 0;
a.forEach((x, i, arr) => { sum += x * i; if (i === 0) console.log(arr === a); });
console.log(sum, a.every(Number.isInteger), a.some(x => x < 0), String(a), a.toLocaleString());

// expect: 25,9,64,1,9 5
// expect: Int32Array(4) [ 5, 3, 8, 3 ] 5 3 -1
// expect: 18 3,-1,8,3,5
// expect: 1 4 true -1
// expect: Int32Array(3) [ 3, 8, -1 ] Int32Array(2) [ -1, 3 ] Int32Array(5) [ -1, 3, 3, 5, 8 ] Int32Array(5) [ 3, -1, 8, 3, 5 ] Int32Array(5) [ 42, 3, 8, -1, 3 ]
// expect: 0,5 | 1,3 | 2,8 | 3,-1 | 4,3 [ 0, 1, 2, 3, 4 ] [ 5, 3, 8, -1, 3 ]
// expect: Float64Array(7) [ 10, 2, 1, -0, 0, -Infinity, NaN ] Float64Array(7) [ 10, 2, 1, -0, 0, -Infinity, NaN ]
// expect: Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 3, 2, 1
// expect: ] Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 3, 2, 1
// expect: ] Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 3, 2, 1
// expect: ] Uint8Array(8) [
// expect:   7, 7, 0, 3,
// expect:   2, 3, 2, 1
// expect: ]
// expect: Uint8Array(3) [ 1, 2, 3 ] Int8Array(3) [ 1, -1, -128 ] Uint8Array(2) [ 4, 5 ]
// expect: true
// expect: 28 true true 5,3,8,-1,3 5,3,8,-1,3
