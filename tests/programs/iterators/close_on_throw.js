const iterable = {
  [Symbol.iterator]() {
    return {
      next() { return { value: 1, done: false }; },
      return() { console.log("cleanup"); return {}; },
    };
  },
};
try {
  for (const v of iterable) throw new Error("boom " + v);
} catch (e) {
  console.log(e.message);
}

// expect: cleanup
// expect: boom 1
