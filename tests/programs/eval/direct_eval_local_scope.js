function f() {
  const local = "local value";
  return eval("local + '!'");
}
console.log(f());

// expect: local value!
