const arr = ["a", "b"];
console.log([...arr.keys()].join(), [...arr.entries()].map(e => e.join(":")).join(), [...arr.values()].join());
const it = arr[Symbol.iterator]();
console.log(it[Symbol.iterator]() === it, Object.prototype.toString.call(it));

// expect: 0,1 0:a,1:b a,b
// expect: true [object Array Iterator]
