console.log(JSON.stringify({ a: [1, 2], b: { c: {} , d: [] } }, null, 2));
console.log(JSON.stringify([1, [2]], null, "--"));

// expect: {
// expect:   "a": [
// expect:     1,
// expect:     2
// expect:   ],
// expect:   "b": {
// expect:     "c": {},
// expect:     "d": []
// expect:   }
// expect: }
// expect: [
// expect: --1,
// expect: --[
// expect: ----2
// expect: --]
// expect: ]
