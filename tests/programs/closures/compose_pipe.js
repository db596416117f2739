const compose = (...fns) => x => fns.reduceRight((acc, f) => f(acc), x);
const pipe = (...fns) => x => fns.reduce((acc, f) => f(acc), x);
const inc = x => x + 1, dbl = x => x * 2;
console.log(compose(inc, dbl)(5), pipe(inc, dbl)(5));

// expect: 11 12
