let p = 1, q = 2;
[p, q] = [q, p];
console.log(p, q);

// expect: 2 1
