// Seed 003: sum(1)(2)(3) closes over c, b and a.
const sum = a => b => c => d => a + b + c + d
const sumFn = sum(1)(2)(3)
console.dir(sumFn) // closure {c: 3} closure {b: 2} closure {a: 1}
console.log(sumFn(4))

// expect: [Function (anonymous)]
// expect: 10
