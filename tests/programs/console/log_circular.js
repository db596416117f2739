const a = { name: "a" };
const b = { name: "b", a };
a.b = b;
a.self = a;
console.log(a);
const arr = [1];
arr.push(arr);
console.log(arr);

// expect: <ref *1> {
// expect:   name: 'a',
// expect:   b: { name: 'b', a: [Circular *1] },
// expect:   self: [Circular *1]
// expect: }
// expect: <ref *1> [ 1, [Circular *1] ]
