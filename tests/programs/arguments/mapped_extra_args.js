function f(a) {
  arguments[1] = "x";
  return arguments.length + " " + arguments[1] + " " + a;
}
console.log(f(1, 2, 3));

// expect: 3 x 1
