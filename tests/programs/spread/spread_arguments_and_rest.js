function inner(...xs) { return xs.length + ":" + xs.join(","); }
function outer() { return inner(...arguments, ...[9]); }
console.log(outer(1, 2, 3));
const [first, ...others] = "hello";
console.log(first, others.join(""));

// expect: 4:1,2,3,9
// expect: h ello
