function make() {
  let secret = 7;
  return eval("(function () { return secret * 6; })");
}
console.log(make()());

// expect: 42
