const out = [];
for (let i = 0; i < 3; i++) {
  let sq = i * i;
  {
    let cube = sq * i;
    out.push(() => `${i}:${sq}:${cube}`);
  }
}
console.log(out.map(f => f()).join(" "));

// expect: 0:0:0 1:1:1 2:4:8
