let x = "global";
function f(getX = () => x, x2 = "param") {
  let x = "body";
  return getX() + " " + x + " " + x2;
}
console.log(f());

// expect: global body param
