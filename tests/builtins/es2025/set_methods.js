// 24.2.4 Set.prototype.union / intersection / difference / symmetricDifference /
// isSubsetOf / isSupersetOf / isDisjointFrom (ES2025), with GetSetRecord (24.2.1.2).
const a = new Set([1, 2, 3]), b = new Set([2, 3, 4]);
console.log([...a.union(b)].join(), [...a.intersection(b)].join(), [...a.difference(b)].join(),
            [...a.symmetricDifference(b)].join());
console.log(a.isSubsetOf(b), new Set([2]).isSubsetOf(a), a.isSupersetOf(new Set([1])),
            a.isDisjointFrom(new Set([9])), a.isDisjointFrom(b));
// A set-like: only size, has and keys are used; keys() of a Map gives its keys.
const m = new Map([[1, 'x'], [5, 'y']]);
console.log([...a.union(m)].join(), [...a.intersection(m)].join());
// Result order: this set's order, then the other's new keys; -0 becomes +0.
console.log(Object.is([...new Set([1]).union(new Set([-0]))][1], 0));
for (const bad of [{}, { size: NaN }, { size: 1, has: 1, keys() {} }, 5]) {
  try { a.union(bad); } catch (e) { console.log(e.constructor.name); }
}
try { a.union({ size: -1, has() {}, keys() {} }); } catch (e) { console.log(e.constructor.name); }
// isSupersetOf closes the other's keys iterator when it stops early.
const closer = { size: 1, has() { return true; }, keys() {
  let i = 0;
  return { next() { return { value: i++ ? 1 : 99, done: false }; }, return() { console.log('closed'); return {}; } };
} };
console.log(a.isSupersetOf(closer));
// The result is a plain Set, not a subclass instance (no species).
class MySet extends Set {}
console.log(new MySet([1]).union(new Set()).constructor === Set);
// expect: 1,2,3,4 2,3 1 1,4
// expect: false true true true false
// expect: 1,2,3,5 1
// expect: true
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: TypeError
// expect: RangeError
// expect: closed
// expect: false
// expect: true
