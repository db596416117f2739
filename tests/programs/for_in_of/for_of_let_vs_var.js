var fns = [];
for (var v of [1, 2, 3]) fns.push(() => v);
const fns2 = [];
for (let w of [1, 2, 3]) fns2.push(() => w);
console.log(fns.map(f => f()).join(), fns2.map(f => f()).join());

// expect: 3,3,3 1,2,3
