// Seed 003: closures close over a variable, not its value.
let x = 1
const y = () => x
console.log(y()) // 1
x++
console.log(y()) // 2
x = 'foo'
console.log(y()) // 'foo'

// expect: 1
// expect: 2
// expect: foo
