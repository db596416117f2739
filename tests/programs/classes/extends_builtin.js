class MyArray extends Array {
  sum() { return this.reduce((a, b) => a + b, 0); }
}
const m = MyArray.from([1, 2, 3]);
console.log(m.sum(), m.length, m instanceof MyArray, Array.isArray(m));
class MyError extends Error {
  constructor(msg) { super(msg); this.name = "MyError"; }
}
const e = new MyError("bad");
console.log(e.message, e.name, e instanceof Error, String(e));

// expect: 6 3 true true
// expect: bad MyError true MyError: bad
