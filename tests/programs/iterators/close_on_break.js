const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() { return { value: i++, done: false }; },
      return() { console.log("return called at", i); return { done: true }; },
    };
  },
};
for (const v of iterable) {
  if (v === 2) break;
  console.log("v", v);
}
console.log("after loop");

// expect: v 0
// expect: v 1
// expect: return called at 3
// expect: after loop
