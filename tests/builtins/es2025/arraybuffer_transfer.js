// 25.1.6.8 ArrayBuffer.prototype.transfer, 25.1.6.9 transferToFixedLength, 25.1.6.3 get detached
// (25.1.3.3 ArrayBufferCopyAndDetach).
const b = new ArrayBuffer(4);
new Uint8Array(b)[1] = 7;
const view = new Uint8Array(b);
const c = b.transfer(8);
console.log(b.detached, b.byteLength, view.length, c.byteLength, new Uint8Array(c)[1], c.detached);
try { b.transfer(); } catch (e) { console.log(e.constructor.name); }
try { b.slice(0); } catch (e) { console.log(e.constructor.name); }
const d = c.transferToFixedLength(1);
console.log(d.byteLength, new Uint8Array(d)[0], c.detached, d.transfer().byteLength);
try { ArrayBuffer.prototype.transfer.call({}); } catch (e) { console.log(e.constructor.name); }
try { new ArrayBuffer(1).transfer(-1); } catch (e) { console.log(e.constructor.name); }
console.log(Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get.name);
// expect: true 0 0 8 7 false
// expect: TypeError
// expect: TypeError
// expect: 1 0 true 1
// expect: TypeError
// expect: RangeError
// expect: get detached
