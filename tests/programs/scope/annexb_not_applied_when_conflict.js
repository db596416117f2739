function f() {
  let g = "let g";
  {
    function g() {}
  }
  return typeof g;
}
console.log(f());

// expect: string
