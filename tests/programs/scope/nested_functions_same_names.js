function f() {
  var x = 1;
  function g() {
    var x = 2;
    function h() { return x; }
    return h();
  }
  return [x, g()].join();
}
console.log(f());

// expect: 1,2
