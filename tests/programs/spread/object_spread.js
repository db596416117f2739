const base = { a: 1, b: 2 };
const copy = { ...base, b: 3, c: 4 };
console.log(JSON.stringify(copy), JSON.stringify({ ...null, ...undefined, ..."hi" }));

// expect: {"a":1,"b":3,"c":4} {"0":"h","1":"i"}
