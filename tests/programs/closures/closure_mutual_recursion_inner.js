function parity() {
  function even(n) { return n === 0 ? "even" : odd(n - 1); }
  function odd(n) { return n === 0 ? "odd" : even(n - 1); }
  return { even, odd };
}
const p = parity();
console.log(p.even(10), p.even(7), p.odd(3));

// expect: even odd even
