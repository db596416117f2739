const out = [];
for (const v of [1, , 3]) out.push(String(v));
console.log(out.join());

// expect: 1,undefined,3
