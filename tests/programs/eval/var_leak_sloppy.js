function f() {
  eval("var leaked = 'leaked!'");
  return leaked;
}
console.log(f());
console.log(typeof leaked);

// expect: leaked!
// expect: undefined
