function a(x) {
  return function b(y) {
    return function c(z) {
      return [x, y, z].join("/");
    };
  };
}
console.log(a(1)(2)(3));
const ab = a("p")("q");
console.log(ab("r"), ab("s"));

// expect: 1/2/3
// expect: p/q/r p/q/s
