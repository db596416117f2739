// Seed 003: foo(1)(2)(3): now there is a closure {c: 3}.
const foo = a => b => c => d => c
const bar = foo(1)(2)(3)
console.dir(bar) // closure {c: 3}
console.log(bar(4))

// expect: [Function (anonymous)]
// expect: 3
