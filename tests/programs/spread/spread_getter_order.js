const log = [];
const src = { get a() { log.push("a"); return 1; }, get b() { log.push("b"); return 2; } };
const copy = { b: 0, ...src, a: 3 };
console.log(log.join(), JSON.stringify(copy));

// expect: a,b {"b":2,"a":3}
