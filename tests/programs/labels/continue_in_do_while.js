let n = 0, out = [];
lbl: do {
  n++;
  if (n % 2) continue lbl;
  out.push(n);
} while (n < 6);
console.log(out.join());

// expect: 2,4,6
