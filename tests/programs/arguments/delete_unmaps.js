function f(a) {
  delete arguments[0];
  arguments[0] = "new";
  return a + " " + arguments[0];
}
console.log(f("old"));

// expect: old new
