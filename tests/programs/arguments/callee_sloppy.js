const fact = function (n) { return n <= 1 ? 1 : n * arguments.callee(n - 1); };
console.log(fact(6));

// expect: 720
