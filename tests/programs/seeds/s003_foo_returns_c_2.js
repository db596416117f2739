// Seed 003: foo(1)(2): no closure over a or b.
const foo = a => b => c => d => c
const bar = foo(1)(2)
console.dir(bar)
console.log(bar(3)(4))

// expect: [Function (anonymous)]
// expect: 3
