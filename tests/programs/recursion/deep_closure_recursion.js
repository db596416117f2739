function build(n) {
  if (n === 0) return () => 0;
  const inner = build(n - 1);
  return () => inner() + 1;
}
console.log(build(2000)());

// expect: 2000
