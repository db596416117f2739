function outer() {
  const before = typeof inner;
  {
    function inner() { return "inner"; }
  }
  return before + " " + typeof inner;
}
console.log(outer());

// expect: undefined function
