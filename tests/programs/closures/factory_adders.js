function makeAdder(x) {
  return function (y) { return x + y; };
}
const add5 = makeAdder(5), add10 = makeAdder(10);
console.log(add5(2), add10(2), add5(add10(1)));
console.log(makeAdder("a")("b"));

// expect: 7 12 16
// expect: ab
