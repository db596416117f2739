console.log(v);
var v = 1;
console.log(v);

// expect: undefined
// expect: 1
