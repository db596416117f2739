const fns = [];
let i = 0;
while (i < 3) {
  const j = i;
  fns.push(() => j);
  i++;
}
console.log(fns.map(f => f()).join(","));

// expect: 0,1,2
