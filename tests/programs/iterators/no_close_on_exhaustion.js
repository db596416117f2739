const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next() { return n < 2 ? { value: n++, done: false } : { done: true }; },
      return() { console.log("should not be called"); return {}; },
    };
  },
};
for (const v of iterable) console.log(v);
console.log("end");

// expect: 0
// expect: 1
// expect: end
