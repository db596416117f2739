// Seed 003: currying; sum(1) closes over a.
const sum = a => b => c => d => a + b + c + d
const sumFn = sum(1)
console.dir(sumFn) // closure {a: 1}
console.log(sumFn(2)(3)(4))

// expect: [Function (anonymous)]
// expect: 10
