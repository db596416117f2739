console.log([10, 9, 1, 100].sort().join(), [10, 9, 1, 100].sort((a, b) => a - b).join());
console.log(["b", undefined, "a", , "c"].sort().join("|"));
const people = [{ n: "a", age: 30 }, { n: "b", age: 25 }, { n: "c", age: 30 }, { n: "d", age: 25 }];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.n).join(""));

// expect: 1,10,100,9 1,9,10,100
// expect: a|b|c||
// expect: bdac
