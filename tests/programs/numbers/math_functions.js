console.log(Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.floor(-1.5), Math.ceil(-1.5), Math.trunc(-1.9));
console.log(Math.max(), Math.min(), Math.hypot(3, 4), Math.sign(-3), Math.cbrt(27), Math.clz32(1), Math.fround(5.5), Math.imul(3, 4));
console.log(Math.abs(-7.25), Math.sqrt(2), Math.pow(2, 10), Math.log2(8), Math.atan2(1, 1) * 4);

// expect: 3 -2 0 -2 -1 -1
// expect: -Infinity Infinity 5 -1 3 31 5.5 12
// expect: 7.25 1.4142135623730951 1024 3 3.141592653589793
