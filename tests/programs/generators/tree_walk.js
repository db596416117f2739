const tree = { v: 1, kids: [{ v: 2, kids: [{ v: 4, kids: [] }] }, { v: 3, kids: [] }] };
function* walk(n) { yield n.v; for (const k of n.kids) yield* walk(k); }
console.log([...walk(tree)].join(" "));

// expect: 1 2 4 3
