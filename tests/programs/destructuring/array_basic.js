const [a, b, c = "default", ...rest] = [1, 2, undefined, 4, 5];
console.log(a, b, c, rest.join());

// expect: 1 2 default 4,5
