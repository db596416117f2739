function f(a, b) {
  b = 5;
  return [arguments.length, arguments[1]].join();
}
console.log(f(1));

// expect: 1,
