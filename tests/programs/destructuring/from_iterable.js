const [first, second] = new Set(["s1", "s2", "s3"]);
const [c1, c2] = "hi";
console.log(first, second, c1, c2);

// expect: s1 s2 h i
