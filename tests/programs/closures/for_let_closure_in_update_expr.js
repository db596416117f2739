// The increment expression runs in the new iteration's copy of the bindings.
const fns = [];
for (let i = 0; i < 3; fns.push(() => i), i++) {}
console.log(fns.map(f => f()).join(","));

// expect: 1,2,3
