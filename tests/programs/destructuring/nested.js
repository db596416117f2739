const { a: { b: [, second] }, c: [{ d }] } = { a: { b: [1, 2] }, c: [{ d: "deep" }] };
console.log(second, d);

// expect: 2 deep
