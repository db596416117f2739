const fn = function named() { return typeof named; };
console.log(fn(), typeof named);

// expect: function undefined
