let closed = false;
const it = {
  [Symbol.iterator]() {
    return { next: () => ({ value: 1, done: false }), return: () => { closed = true; return {}; } };
  },
};
const [a, b] = it;
console.log(a, b, closed);

// expect: 1 1 true
