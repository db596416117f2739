const fns = [];
for (let i = 0; i < 6; i++) {
  fns.push(() => i);
  i++;
}
console.log(fns.map(f => f()).join(","));

// expect: 1,3,5
