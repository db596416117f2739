let n = 0;
const o = { get counter() { return ++n; } };
with (o) {
  counter; counter;
}
console.log(n);

// expect: 2
