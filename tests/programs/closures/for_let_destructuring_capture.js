const fns = [];
for (let [k, v] of Object.entries({ a: 1, b: 2 })) fns.push(() => k + v);
for (let { x, y = x * 2 } of [{ x: 1 }, { x: 5, y: 0 }]) fns.push(() => x + ":" + y);
console.log(fns.map(f => f()).join(" "));

// expect: a1 b2 1:2 5:0
