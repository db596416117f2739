class Range {
  constructor(a, b) { this.a = a; this.b = b; }
  *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i; }
}
console.log([...new Range(2, 6)].join(" "));
let s = 0;
for (const v of new Range(0, 5)) s += v;
console.log(s);

// expect: 2 3 4 5
// expect: 10
