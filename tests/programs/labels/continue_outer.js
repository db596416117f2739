const out = [];
rows: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j > i) continue rows;
    out.push(`${i}${j}`);
  }
}
console.log(out.join(" "));

// expect: 00 10 11 20 21 22
