const m = new Map([["one", 1], ["two", 2]]);
for (const [k, v] of m) console.log(k, v);
for (const k of m.keys()) console.log("key", k);

// expect: one 1
// expect: two 2
// expect: key one
// expect: key two
