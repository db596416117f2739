function f(a, b) {
  arguments[0] = "changed";
  b = "b2";
  return [a, arguments[1], arguments.length].join();
}
console.log(f(1, 2));

// expect: changed,b2,2
