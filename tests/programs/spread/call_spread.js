function sum(...n) { return n.reduce((x, y) => x + y, 0); }
console.log(sum(...[1, 2, 3], 4, ...[5]));
console.log(Math.max(...[3, 9, 2]));

// expect: 15
// expect: 9
