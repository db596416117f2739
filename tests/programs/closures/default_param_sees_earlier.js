function f(a, b = a * 2, c = () => a + b) {
  return c();
}
console.log(f(3), f(3, 4));

// expect: 9 7
