console.log(String(null), String(undefined), String(123), String(true), String([1, [2, 3]]), String({}), String(Symbol("d")));
console.log([null, undefined, 1].join("-"), [[], [[]], [null]].map(String).join("|"));
console.log(`${[1, 2, 3]}`, String(function f() { return 1; }));

// expect: null undefined 123 true 1,2,3 [object Object] Symbol(d)
// expect: --1 ||
// expect: 1,2,3 function f() { return 1; }
