console.log(NaN === NaN, Object.is(NaN, NaN), isNaN("abc"), Number.isNaN("abc"), [NaN].includes(NaN), [NaN].indexOf(NaN));
console.log(typeof NaN, String(0 / 0), Math.max(1, NaN), Number("12px"), parseInt("12px"));

// expect: false true true false true -1
// expect: number NaN NaN NaN 12
