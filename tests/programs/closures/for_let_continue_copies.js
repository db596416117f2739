const fns = [];
for (let i = 0; i < 5; i++) {
  if (i % 2) continue;
  fns.push(() => i);
}
console.log(fns.map(f => f()).join(","));

// expect: 0,2,4
