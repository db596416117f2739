// An invalid view offset ends the program with node's RangeError.
const buf = new ArrayBuffer(8);
console.log(new Int32Array(buf).length);
new Int32Array(buf, 2);

// expect: 2
// expect-error: RangeError: start offset of Int32Array should be a multiple of 4
