const o = { z: 1, 2: "two", a: 2, 1: "one", [Symbol.iterator]: 0, "01": "str", 4294967295: "big", 4294967294: "max idx" };
console.log(Object.keys(o).join(","));
console.log(JSON.stringify(o));
console.log(Reflect.ownKeys(o).length);

// expect: 1,2,4294967294,z,a,01,4294967295
// expect: {"1":"one","2":"two","4294967294":"max idx","z":1,"a":2,"01":"str","4294967295":"big"}
// expect: 8
