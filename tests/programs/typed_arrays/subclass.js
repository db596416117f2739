// Subclassing typed arrays: species drives map/filter/slice/subarray, not toReversed/with.
class Vec extends Float64Array {
  norm() { return Math.sqrt(this.reduce((s, x) => s + x * x, 0)); }
}
const v = Vec.from([3, 4]);
console.log(v.norm(), v instanceof Vec, v instanceof Float64Array, v.constructor.name);
console.log(v.map(x => x * 2) instanceof Vec, v.slice() instanceof Vec, v.toReversed() instanceof Vec);
class Logged extends Uint8Array {
  static get [Symbol.species]() { console.log("species"); return Uint8Array; }
}
const l = new Logged([1, 2, 3]);
const m = l.filter(x => x !== 2);
console.log(m.constructor.name, m.join());
console.log(Object.getPrototypeOf(Int8Array).name, Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Uint8Array.prototype));
try { Object.getPrototypeOf(Int8Array)(); } catch (e) { console.log(e.name, e.message); }
try { Uint8Array(2); } catch (e) { console.log(e.name, e.message); }

// expect: 5 true true Vec
// expect: true true false
// expect: species
// expect: Uint8Array 1,3
// expect: TypedArray true
// expect: TypeError Abstract class TypedArray not directly constructable
// expect: TypeError Constructor Uint8Array requires 'new'
