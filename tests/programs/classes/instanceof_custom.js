class Even {
  static [Symbol.hasInstance](n) { return n % 2 === 0; }
}
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const o = Object.create(F.prototype);
console.log(o instanceof F, {} instanceof F);

// expect: true false
// expect: true false
