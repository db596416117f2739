function g() {
  for (var i = 0; i < 2; i++) { var last = i; }
  return [i, last].join();
}
console.log(g());

// expect: 2,1
