const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(fact(10));
const g = fact;
console.log(g(5));

// expect: 3628800
// expect: 120
