function f(a) {
  const get = () => a;
  a = a * 2;
  return get;
}
console.log(f(21)());

// expect: 42
