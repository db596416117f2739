const { x, y: renamed, z = 3, ...others } = { x: 1, y: 2, p: 4, q: 5 };
console.log(x, renamed, z, JSON.stringify(others));

// expect: 1 2 3 {"p":4,"q":5}
