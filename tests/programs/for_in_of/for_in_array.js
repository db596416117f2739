const arr = ["x", "y"];
arr.extra = "e";
const keys = [];
for (const i in arr) keys.push(typeof i + ":" + i);
console.log(keys.join(" "));

// expect: string:0 string:1 string:extra
