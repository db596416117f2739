// Views over one ArrayBuffer share memory (little-endian); DataView picks the byte order.
const buf = new ArrayBuffer(8);
const bytes = new Uint8Array(buf);
const words = new Uint16Array(buf, 2, 2);
const dv = new DataView(buf);
words[0] = 0x0102;
console.log(bytes.join(","), words.byteOffset, words.length);
dv.setUint32(4, 0xdeadbeef);
console.log(bytes.join(","), dv.getUint32(4, true).toString(16), dv.getUint32(4).toString(16));
dv.setFloat64(0, Math.PI, true);
console.log(new Float64Array(buf)[0], dv.getFloat64(0, true));
console.log(buf, buf.slice(6));
console.log(ArrayBuffer.isView(dv), ArrayBuffer.isView(bytes), ArrayBuffer.isView(buf));
const sub = bytes.subarray(2, 5);
sub[0] = 99;
console.log(bytes[2], sub.byteOffset, sub.buffer === buf);
console.log(dv);
try { new Uint32Array(buf, 1); } catch (e) { console.log(e.name, e.message); }
try { dv.getInt32(6); } catch (e) { console.log(e.name, e.message); }

// expect: 0,0,2,1,0,0,0,0 2 2
// expect: 0,0,2,1,222,173,190,239 efbeadde deadbeef
// expect: 3.141592653589793 3.141592653589793
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <18 2d 44 54 fb 21 09 40>,
// expect:   byteLength: 8
// expect: } ArrayBuffer { [Uint8Contents]: <09 40>, byteLength: 2 }
// expect: true true false
// expect: 99 2 true
// expect: DataView {
// expect:   byteLength: 8,
// expect:   byteOffset: 0,
// expect:   buffer: ArrayBuffer {
// expect:     [Uint8Contents]: <18 2d 63 54 fb 21 09 40>,
// expect:     byteLength: 8
// expect:   }
// expect: }
// expect: RangeError start offset of Uint32Array should be a multiple of 4
// expect: RangeError Offset is outside the bounds of the DataView
