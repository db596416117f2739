console.log(String(1e21), String(1e20), String(123456789012345680000));
console.log(String(1e-7), String(0.000001), String(1.5e-7), String(123e-20));
console.log(String(0.1 + 0.2), String(1 / 3), String(2 / 3), String(100), String(1.0));
console.log(String(-1e-7), String(-1e21), String(5e-324), String(1.7976931348623157e308));

// expect: 1e+21 100000000000000000000 123456789012345680000
// expect: 1e-7 0.000001 1.5e-7 1.23e-18
// expect: 0.30000000000000004 0.3333333333333333 0.6666666666666666 100 1
// expect: -1e-7 -1e+21 5e-324 1.7976931348623157e+308
