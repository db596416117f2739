function f() {
  eval("let inner = 1; const c = 2;");
  return typeof inner + " " + typeof c;
}
console.log(f());

// expect: undefined undefined
