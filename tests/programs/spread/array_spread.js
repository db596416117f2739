const a = [1, 2], b = [3];
console.log([...a, ...b, 4].join(), [..."abc"].join("-"));
console.log([...new Set([1, 1, 2])].join(), [...new Map([[1, "x"]]).keys()].join());

// expect: 1,2,3,4 a-b-c
// expect: 1,2 1
