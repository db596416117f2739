const o = { a: 1, b: 2 };
console.log(Object.entries(o).map(e => e.join("=")).join("&"), Object.values(o).join(), JSON.stringify(Object.fromEntries([["x", 1], ["y", 2]])));
console.log(JSON.stringify(Object.assign({}, { a: 1 }, null, { b: 2 })), Object.is(o, o), Object.getOwnPropertyNames("ab").join());

// expect: a=1&b=2 1,2 {"x":1,"y":2}
// expect: {"a":1,"b":2} true 0,1,length
