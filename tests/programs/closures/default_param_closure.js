function f(a, getA = () => a) {
  a = "changed";
  return getA();
}
console.log(f("orig"));
function g(a, getA = () => a) {
  var a = "body var";
  return getA() + " / " + a;
}
console.log(g("param"));

// expect: changed
// expect: param / body var
