const out = [];
for (let i = 0; i < 5; i++) {
  switch (i % 3) {
    case 0: continue;
    case 1: out.push("one"); break;
    default: out.push("other");
  }
  out.push("|");
}
console.log(out.join(""));

// expect: one|other|one|
