const sparse = [1, , 3];
const dense = [...sparse];
console.log(dense.length, 1 in dense, dense[1]);

// expect: 3 true undefined
