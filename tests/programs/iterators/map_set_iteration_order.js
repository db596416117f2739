const m = new Map([["z", 1], ["a", 2]]);
m.set("m", 3);
m.delete("z");
m.set("z", 4);
console.log([...m].map(([k, v]) => k + v).join());
const s = new Set([3, 1, 2]);
s.add(1);
console.log([...s].join());

// expect: a2,m3,z4
// expect: 3,1,2
