const o = { a: 1, b: 2, c: 3 };
const seen = [];
for (const k in o) {
  seen.push(k);
  if (k === "a") delete o.b;
}
console.log(seen.join());

// expect: a,c
