function f() {
  eval("function declared() { return 'from eval'; }");
  return declared();
}
console.log(f());

// expect: from eval
