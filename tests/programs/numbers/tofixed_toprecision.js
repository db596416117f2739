console.log((1.005).toFixed(2), (1.45).toFixed(1), (123.456).toFixed(0), (0).toFixed(2), (1e21).toFixed(2));
console.log((123.456).toPrecision(4), (0.00001234).toPrecision(2), (123456).toPrecision(2), (1.5).toExponential(3));

// expect: 1.00 1.4 123 0.00 1e+21
// expect: 123.5 0.000012 1.2e+5 1.500e+0
