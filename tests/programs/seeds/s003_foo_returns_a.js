// Seed 003: d => a closes over a.
const foo = a => b => c => d => a
const bar = foo(1)
console.dir(bar) // closure {a: 1}
console.log(bar(2)(3)(4))

// expect: [Function (anonymous)]
// expect: 1
