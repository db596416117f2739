function f(a, b = 2) {
  arguments[0] = "changed";
  return [a, arguments[0], arguments.length].join();
}
console.log(f(1));

// expect: 1,changed,1
