function memoize(fn) {
  const cache = new Map();
  let calls = 0;
  const m = function (n) {
    if (cache.has(n)) return cache.get(n);
    calls++;
    const r = fn(n);
    cache.set(n, r);
    return r;
  };
  m.calls = () => calls;
  return m;
}
const fib = memoize(n => n < 2 ? n : fib(n - 1) + fib(n - 2));
console.log(fib(50), fib.calls());
console.log(fib(30), fib.calls());

// expect: 12586269025 51
// expect: 832040 51
