var k;
const o = { p: 1, q: 2 };
for (k in o);
console.log(k);
const t = {};
for (t.last in o);
console.log(t.last);

// expect: q
// expect: q
