// Float16Array (ES2025): 23.2.5 the TypedArray constructors (Table 71, element size 2,
// conversion Math.f16round's roundTiesToEven, 21.3.2.18), 23.2.3 %TypedArray%.prototype
// methods picking the element type up from the table, 25.3.4.7 / 25.3.4.18 DataView
// getFloat16 / setFloat16.
console.log(typeof Float16Array, Float16Array.name, Float16Array.length,
  Float16Array.BYTES_PER_ELEMENT, Float16Array.prototype.BYTES_PER_ELEMENT);
console.log(Object.getPrototypeOf(Float16Array) === Object.getPrototypeOf(Int8Array),
  Object.prototype.toString.call(new Float16Array(1)), new Float16Array(3).byteLength);
const f = new Float16Array([1.1, 0.1, 65504, 65520, -0, NaN, 2 ** -25, 1.5 * 2 ** -25]);
console.log(Array.from(f, (x) => Object.is(x, -0) ? '-0' : String(x)).join());
console.log(Array.from(new Uint16Array(f.buffer), (x) => x.toString(16)).join());
// 1 + 2**-11 is halfway between 1 and 1 + 2**-10: ties to even; 1 + 3 * 2**-11 rounds up
console.log(new Float16Array([1 + 2 ** -11, 1 + 3 * 2 ** -11]).join());
console.log(new Float16Array([3, NaN, -0, 0, -Infinity, 1.5]).sort().join(),
  new Float16Array([1, 2, 3]).sort((a, b) => b - a).join());
const thirds = Float16Array.from([1, 2]).map((x) => x / 3);
console.log(thirds instanceof Float16Array, thirds.join());
console.log(new Float16Array(2).fill(70000).join(), new Float16Array([1, 2, 3]).with(0, 0.3).join());
// conversions between element types go through the Number value, reinterpretation through
// the buffer
console.log(new Float16Array(new Uint16Array([0x3c00]))[0],
  new Float16Array(new Uint16Array([0x3c00]).buffer)[0]);
const u = new Uint16Array(2);
u.set(new Float16Array([1.5, 65504]));
console.log(u.join(), new Float32Array(new Float16Array([0.1]))[0]);
const g = new Float16Array(4);
g.set(new Float16Array([0.5, 0.25]), 1);
g.set([7], 3);
console.log(g.join(), g.subarray(1, 3).join(), g.slice(2).join(), g.indexOf(0.25),
  g.includes(7), g.toReversed().join(), g.at(-1));
class Half extends Float16Array {}
console.log(new Half([1, 2]).map((x) => x * 2) instanceof Half, new Half(2).length);
const dv = new DataView(new ArrayBuffer(4));
dv.setFloat16(0, 1.5);
dv.setFloat16(2, -2, true);
console.log(dv.getUint16(0).toString(16), dv.getUint16(2, true).toString(16),
  dv.getFloat16(0), dv.getFloat16(2, true), dv.getFloat16(2));
console.log(DataView.prototype.getFloat16.length, DataView.prototype.setFloat16.length,
  DataView.prototype.getFloat16.name);
try { dv.getFloat16(3); } catch (e) { console.log(e.constructor.name); }
console.log(Math.f16round(1.1) === new Float16Array([1.1])[0]);
// console formatting as for the other typed arrays (node >= 22 prints the same)
console.log(new Float16Array([1.1, -0, NaN]), [new Float16Array(1)]);
// expect: function Float16Array 3 2 2
// expect: true [object Float16Array] 6
// expect: 1.099609375,0.0999755859375,65504,Infinity,-0,NaN,0,5.960464477539063e-8
// expect: 3c66,2e66,7bff,7c00,8000,7e00,0,1
// expect: 1,1.001953125
// expect: -Infinity,0,0,1.5,3,NaN 3,2,1
// expect: true 0.333251953125,0.66650390625
// expect: Infinity,Infinity 0.300048828125,2,3
// expect: 15360 1
// expect: 1,65504 0.0999755859375
// expect: 0,0.5,0.25,7 0.5,0.25 0.25,7 2 true 7,0.25,0.5,0 7
// expect: true 2
// expect: 3e00 c000 1.5 -2 0.000011444091796875
// expect: 1 2 getFloat16
// expect: RangeError
// expect: true
// expect: Float16Array(3) [ 1.099609375, -0, NaN ] [ Float16Array(1) [ 0 ] ]
