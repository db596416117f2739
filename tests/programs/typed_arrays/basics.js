// Constructing typed arrays of every kind and printing them like node.
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array];
for (const K of kinds) {
  const a = new K([1.5, -2, 300, 70000]);
  console.log(K.name, K.BYTES_PER_ELEMENT, a.length, a.byteLength, a.join(","));
}
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([0.1, -0, NaN]));
console.log(new BigInt64Array([1n, -1n]), new BigUint64Array([-1n]));
console.log(new Int8Array(0), new Uint16Array(2));
console.log(typeof Uint8Array, Object.prototype.toString.call(new Int32Array(1)));

// expect: Int8Array 1 4 4 1,-2,44,112
// expect: Uint8Array 1 4 4 1,254,44,112
// expect: Uint8ClampedArray 1 4 4 2,0,255,255
// expect: Int16Array 2 4 8 1,-2,300,4464
// expect: Uint16Array 2 4 8 1,65534,300,4464
// expect: Int32Array 4 4 16 1,-2,300,70000
// expect: Uint32Array 4 4 16 1,4294967294,300,70000
// expect: Float32Array 4 4 16 1.5,-2,300,70000
// expect: Float64Array 8 4 32 1.5,-2,300,70000
// expect: Uint8Array(3) [ 1, 2, 3 ]
// expect: Float64Array(3) [ 0.1, -0, NaN ]
// expect: BigInt64Array(2) [ 1n, -1n ] BigUint64Array(1) [ 18446744073709551615n ]
// expect: Int8Array(0) [] Uint16Array(2) [ 0, 0 ]
// expect: function [object Int32Array]
