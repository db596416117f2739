function f() {
  arguments.length = 1;
  return Array.prototype.join.call(arguments, "-");
}
console.log(f(1, 2, 3));

// expect: 1
