var fns = [];
for (var i = 0; i < 3; i++) {
  (function (j) {
    fns.push(function () { return j * 2; });
  })(i);
}
console.log(fns[0](), fns[1](), fns[2]());

// expect: 0 2 4
