const arr = [1, 2, 3];
const out = [];
for (const x of arr) {
  out.push(x);
  if (x === 1) arr.push(4);
}
console.log(out.join());
const s = new Set([1]);
let n = 0;
for (const x of s) { if (x < 5) s.add(x + 1); n++; }
console.log(n);

// expect: 1,2,3,4
// expect: 5
