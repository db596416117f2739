function outer() {
  return inner();
  function inner() { return "inner hoisted"; }
}
console.log(outer());

// expect: inner hoisted
