console.log(JSON.stringify({ a: 1, b: "s", c: [1, null, true], d: { e: undefined, f: () => 1 } }));
console.log(JSON.stringify([undefined, function () {}, Symbol("x")]), JSON.stringify("q\"uote\n"), JSON.stringify(null));
console.log(JSON.stringify(undefined), JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(new Date(0)));

// expect: {"a":1,"b":"s","c":[1,null,true],"d":{}}
// expect: [null,null,null] "q\"uote\n" null
// expect: undefined null null "1970-01-01T00:00:00.000Z"
