console.log("start");
const value = await new Promise(r => setTimeout(() => r("awaited"), 5));
console.log(value);
const { add } = await import("./dep.mjs");
console.log(add(1, 2));

// expect: start
// expect: awaited
// expect: 3
