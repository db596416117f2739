// Seed 003: d => c: foo(1) forms no closure over a.
const foo = a => b => c => d => c
const bar = foo(1)
console.dir(bar)
console.log(bar(2)(3)(4))

// expect: [Function (anonymous)]
// expect: 3
