console.log([0.1 + 0.2, 1e21, 1e-7, -0, 0, -1.5, 2 ** 53, NaN, Infinity]);
console.log(123456789.123, 5e-324, -1e-100, 0xff, 1_000);

// expect: [
// expect:   0.30000000000000004,
// expect:   1e+21,
// expect:   1e-7,
// expect:   -0,
// expect:   0,
// expect:   -1.5,
// expect:   9007199254740992,
// expect:   NaN,
// expect:   Infinity
// expect: ]
// expect: 123456789.123 5e-324 -1e-100 255 1000
