var x = "global x";
function f() {
  var x = "local x";
  const indirect = eval;
  return [eval("x"), indirect("x"), (0, eval)("x")].join(" | ");
}
console.log(f());

// expect: local x | global x | global x
