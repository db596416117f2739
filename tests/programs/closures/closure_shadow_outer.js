let x = "global";
function outer() {
  let x = "outer";
  function inner() { return x; }
  return inner;
}
console.log(outer()(), x);

// expect: outer global
