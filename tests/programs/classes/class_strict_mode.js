class A {
  m() { return (function () { return this; })(); }
}
console.log(new A().m());

// expect: undefined
