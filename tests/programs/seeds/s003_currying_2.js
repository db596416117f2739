// Seed 003: sum(1)(2) closes over b and a.
const sum = a => b => c => d => a + b + c + d
const sumFn = sum(1)(2)
console.dir(sumFn) // closure {b: 2} closure {a: 1}
console.log(sumFn(3)(4))

// expect: [Function (anonymous)]
// expect: 10
