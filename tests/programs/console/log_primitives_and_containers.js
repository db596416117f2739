console.log("str", 42, -0, 1.5e300, true, null, undefined, 10n, Symbol("sym"));
console.log(["a", 1, [2, [3, [4, [5]]]]], { a: 1, "b-c": "x", nested: { deep: { deeper: { deepest: 1 } } } });
console.log([], {}, [[]], [{}], { a: [] });

// expect: str 42 -0 1.5e+300 true null undefined 10n Symbol(sym)
// expect: [ 'a', 1, [ 2, [ 3, [Array] ] ] ] { a: 1, 'b-c': 'x', nested: { deep: { deeper: [Object] } } }
// expect: [] {} [ [] ] [ {} ] { a: [] }
