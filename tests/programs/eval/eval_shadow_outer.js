var v = "outer";
function f() {
  eval("var v = 'inner'");
  return v;
}
console.log(f(), v);

// expect: inner outer
