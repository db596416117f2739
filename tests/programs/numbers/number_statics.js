console.log(Number.isInteger(5.0), Number.isInteger(5.1), Number.parseFloat === parseFloat, Number.MIN_VALUE, Number.MAX_VALUE);
console.log(Number.EPSILON, Number.MIN_SAFE_INTEGER, Number.POSITIVE_INFINITY, Number.isFinite("5"), isFinite("5"));

// expect: true false true 5e-324 1.7976931348623157e+308
// expect: 2.220446049250313e-16 -9007199254740991 Infinity false true
