function closureCounter() { let n = 0; return () => n++; }
function* genCounter() { let n = 0; while (true) yield n++; }
const c = closureCounter(), g = genCounter();
const out = [];
for (let i = 0; i < 3; i++) out.push(c() + "/" + g.next().value);
console.log(out.join(" "));

// expect: 0/0 1/1 2/2
