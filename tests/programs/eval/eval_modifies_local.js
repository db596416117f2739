function f() {
  let a = 1;
  eval("a = a + 41");
  return a;
}
console.log(f());

// expect: 42
