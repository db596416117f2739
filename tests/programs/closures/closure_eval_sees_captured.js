function outer() {
  const secret = "captured";
  return function () { return eval("secret"); };
}
console.log(outer()());

// expect: captured
