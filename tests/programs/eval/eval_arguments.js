function f(a, b) {
  return eval("arguments.length + a + b");
}
console.log(f(1, 2));

// expect: 5
