// 25.1 resizable ArrayBuffer (ES2024), length-tracking TypedArrays and DataViews (10.4.5, 25.3):
// compared with node line by line.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
}

// 25.1.4.1 ArrayBuffer ( length [ , options ] ), 25.1.6.4-6 maxByteLength / resizable / resize
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const fixed = new ArrayBuffer(4);
console.log(rab.resizable, rab.maxByteLength, rab.byteLength, fixed.resizable, fixed.maxByteLength);
console.log(new ArrayBuffer(2, { maxByteLength: undefined }).resizable, new ArrayBuffer(2, 5).resizable);
console.log(new ArrayBuffer(0, { maxByteLength: 0 }).maxByteLength);
attempt('max < length', () => new ArrayBuffer(4, { maxByteLength: 2 }));
attempt('max too large', () => new ArrayBuffer(0, { maxByteLength: 2 ** 40 }));
attempt('max negative', () => new ArrayBuffer(0, { maxByteLength: -1 }));
attempt('resize fixed', () => fixed.resize(2));
attempt('resize over max', () => rab.resize(17));
attempt('resize negative', () => rab.resize(-1));
const order = [];
attempt('options getter', () => new ArrayBuffer({ valueOf() { order.push('length'); return 1; } },
  { get maxByteLength() { order.push('max'); return 3; } }).maxByteLength);
console.log(order.join());

// resize keeps the contents and zeroes new bytes
const bytes = new Uint8Array(rab);
bytes.set([1, 2, 3, 4]);
console.log(rab.resize(2), rab.byteLength, bytes.length, Array.from(bytes));
rab.resize(6);
console.log(bytes.length, Array.from(bytes));

// length-tracking and fixed-length views through a shrink and a regrow
const buf = new ArrayBuffer(8, { maxByteLength: 16 });
const tracking = new Uint16Array(buf);
const trackingOffset = new Uint16Array(buf, 4);
const fixedView = new Uint16Array(buf, 2, 2);
const dv = new DataView(buf);
const dvOffset = new DataView(buf, 4);
const dvFixed = new DataView(buf, 2, 4);
function show(label) {
  const parts = [tracking, trackingOffset, fixedView].map(
    (t) => `${t.length}/${t.byteLength}/${t.byteOffset}`);
  const views = [dv, dvOffset, dvFixed].map((d) => {
    try { return `${d.byteLength}@${d.byteOffset}`; } catch (e) { return e.constructor.name; }
  });
  console.log(label, parts.join(' '), views.join(' '));
}
for (let i = 0; i < tracking.length; i++) tracking[i] = i + 1;
show('8 bytes');
buf.resize(12);
show('12 bytes');
console.log(Array.from(tracking), Object.keys(trackingOffset).join());
buf.resize(5);
show('5 bytes');
console.log(Array.from(tracking), fixedView[0], 1 in fixedView, Object.keys(fixedView).length);
fixedView[0] = 9;
console.log(fixedView[0], Reflect.has(fixedView, 0));
buf.resize(3);
show('3 bytes');
attempt('fixed fill', () => fixedView.fill(1));
attempt('tracking offset at', () => trackingOffset.at(0));
attempt('dv offset get', () => dvOffset.getInt8(0));
attempt('dv get past end', () => dv.getInt16(2));
buf.resize(10);
show('10 bytes again');
console.log(Array.from(tracking), Array.from(fixedView));

// methods re-check the bounds after user code (ToNumber of an argument shrinks the buffer)
function shrinking(rabuf, to, value) {
  return { valueOf() { rabuf.resize(to); return value; } };
}
{
  const b = new ArrayBuffer(8, { maxByteLength: 8 });
  const t = new Uint8Array(b);
  t.set([1, 2, 3, 4, 5, 6, 7, 8]);
  console.log(Array.from(t.fill(9, 0, shrinking(b, 4, 8))), t.length);
  b.resize(8);
  attempt('fixed fill shrink', () => new Uint8Array(b, 0, 8).fill(shrinking(b, 4, 1)));
  b.resize(8);
  t.set([0, 1, 2, 3, 4, 5, 6, 7]);
  const s = t.slice(0, shrinking(b, 3, 6));
  console.log(Array.from(s), s.length);
  b.resize(4);
  t.set([0, 1, 2, 3]);
  t.copyWithin(shrinking(b, 3, 2), 0);
  console.log(Array.from(t));
  b.resize(4);
  t.set([0, 1, 2, 3]);
  t.copyWithin(0, shrinking(b, 3, 2));
  console.log(Array.from(t));
  b.resize(4);
  t.set([0, 1, 2, 3]);
  t.copyWithin(1, shrinking(b, 3, 0));   // overlapping, copied backwards: the top is cut off
  console.log(Array.from(t));
  b.resize(8);
  console.log(t.includes(undefined, shrinking(b, 2, 0)), t.indexOf(0, shrinking(b, 2, 0)));
  b.resize(8);
  console.log(t.join({ toString() { b.resize(3); return '-'; } }), [...t.keys()].join());
}

// array iterators re-read the length at every step
{
  const b = new ArrayBuffer(4, { maxByteLength: 8 });
  const t = new Uint8Array(b);
  const it = t.values();
  b.resize(8);
  console.log([...it].length);
  const fixedIt = new Uint8Array(b, 0, 4).values();
  fixedIt.next();
  b.resize(2);
  attempt('fixed iterator out of bounds', () => fixedIt.next().value);
  const keys = t.keys();
  b.resize(8);
  keys.next();
  b.resize(1);
  console.log(JSON.stringify(keys.next()), JSON.stringify(keys.next()));
}

// subarray of a length-tracking view tracks too; with an end it is fixed
{
  const b = new ArrayBuffer(4, { maxByteLength: 8 });
  const t = new Int8Array(b);
  const sub = t.subarray(1);
  const subEnd = t.subarray(1, 3);
  b.resize(8);
  console.log(sub.length, subEnd.length);
  b.resize(2);
  console.log(sub.length, subEnd.length, subEnd.byteOffset);
}

// constructing over a resizable buffer
{
  const b = new ArrayBuffer(6, { maxByteLength: 12 });
  attempt('offset past end', () => new Int16Array(b, 8));
  attempt('length too long', () => new Int16Array(b, 2, 3));
  console.log(new Int16Array(b, 6).length, new Int16Array(b, 2, 2).length);
  attempt('dv offset past end', () => new DataView(b, 7));
  console.log(new DataView(b, 6).byteLength);
  const copy = new Int16Array(new Int16Array(b));
  console.log(copy.buffer.resizable, copy.length);
}

// ArrayBuffer.prototype.slice of a resizable buffer is fixed-length
{
  const b = new ArrayBuffer(4, { maxByteLength: 8 });
  new Uint8Array(b).set([1, 2, 3, 4]);
  const s = b.slice(1);
  console.log(s.resizable, s.byteLength, Array.from(new Uint8Array(s)));
}

// Array.prototype methods on a length-tracking view
{
  const b = new ArrayBuffer(4, { maxByteLength: 8 });
  const t = new Uint8Array(b);
  t.set([4, 3, 2, 1]);
  console.log(Array.prototype.join.call(t), Array.prototype.indexOf.call(t, 1));
  b.resize(6);
  console.log(Array.prototype.slice.call(t).join(), Array.prototype.map.call(t, (x) => x * 2).join());
  b.resize(2);
  console.log(Array.prototype.includes.call(t, 2), Array.prototype.reverse.call(t).join());
}

// console formatting of resizable buffers and their views
{
  const b = new ArrayBuffer(3, { maxByteLength: 6 });
  const t = new Uint8Array(b);
  console.log(b);
  console.log(t, new DataView(b, 1));
  b.resize(5);
  console.log(t);
}
