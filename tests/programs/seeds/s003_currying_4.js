// Seed 003: the full application returns 10.
const sum = a => b => c => d => a + b + c + d
const returnVal = sum(1)(2)(3)(4)
console.dir(returnVal) // 10

// expect: 10
