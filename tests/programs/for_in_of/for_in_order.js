const o = { b: 1, a: 2, 10: "ten", 2: "two", [Symbol("s")]: 3, "-1": "neg" };
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(","));

// expect: 2,10,b,a,-1
