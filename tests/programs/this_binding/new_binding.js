function P(x) { this.x = x; }
const p = new P(3);
console.log(p.x, p instanceof P, p.constructor === P);

// expect: 3 true true
