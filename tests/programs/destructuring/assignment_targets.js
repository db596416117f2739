const obj = {};
const arr = [];
({ a: obj.first, b: arr[0] } = { a: "A", b: "B" });
[obj.second, ...arr[1]] = [1, 2, 3];
console.log(obj.first, obj.second, arr[0], arr[1].join());

// expect: A 1 B 2,3
