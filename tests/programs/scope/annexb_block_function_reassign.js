function f() {
  {
    function g() { return 1; }
    g = 5;
  }
  return typeof g;
}
console.log(f());

// expect: function
