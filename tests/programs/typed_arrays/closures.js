// Closures sharing typed-array state: a histogram and a ring buffer.
function histogram(bins) {
  const counts = new Uint32Array(bins);
  return {
    add(x) { counts[Math.min(bins - 1, Math.floor(x))]++; },
    view() { return counts.subarray(0); },
    total: () => counts.reduce((a, b) => a + b, 0),
  };
}
const h = histogram(4);
[0.5, 1.2, 1.9, 3.3, 9, 2].forEach(h.add);
console.log(h.view(), h.total());
function ring(n) {
  const data = new Float64Array(n);
  let i = 0;
  return [v => { data[i++ % n] = v; }, () => Array.from(data)];
}
const [push, dump] = ring(3);
for (let k = 1; k <= 5; k++) push(k / 2);
console.log(dump());
const fns = [];
for (let j = 0; j < 3; j++) { const t = new Int8Array([j]); fns.push(() => t[0] * 10); }
console.log(fns.map(f => f()));

// expect: Uint32Array(4) [ 1, 2, 1, 2 ] 6
// expect: [ 2, 2.5, 1.5 ]
// expect: [ 0, 10, 20 ]
