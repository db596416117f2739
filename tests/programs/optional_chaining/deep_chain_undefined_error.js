const o = { a: null };
console.log(o.a?.b);
console.log(o.a.b);

// expect: undefined
// expect-error: TypeError: Cannot read properties of null (reading 'b')
