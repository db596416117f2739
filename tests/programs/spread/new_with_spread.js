class P { constructor(x, y, z) { this.s = x + y + z; } }
console.log(new P(...[1, 2], 3).s);
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());

// expect: 6
// expect: 2020 0 15
