function f(a) {
  console.log(a);
  var a;
  console.log(a);
  var a = 2;
  console.log(a);
}
f(1);

// expect: 1
// expect: 1
// expect: 2
