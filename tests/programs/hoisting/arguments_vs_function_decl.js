function f(x) {
  function arguments() {}
  return typeof arguments;
}
console.log(f(1));
function g(x) {
  var arguments;
  return typeof arguments;
}
console.log(g(1));

// expect: function
// expect: object
