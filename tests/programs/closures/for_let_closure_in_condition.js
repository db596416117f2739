const fns = [];
for (let i = 0; fns.push(() => i), i < 2; i++) {}
console.log(fns.map(f => f()).join(","));

// expect: 0,1,2
