const entries = [["a", 1], ["b", 2]];
for (const [k, v] of entries) console.log(k + "=" + v);
for (const { n, m = "none" } of [{ n: 1 }, { n: 2, m: "M" }]) console.log(n, m);

// expect: a=1
// expect: b=2
// expect: 1 none
// expect: 2 M
