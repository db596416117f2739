// Seed 003: no reference kept to greetInner, so nothing is printed by greet().
function greet() {
const name = 'david'
return function greetInner() {
console.log(`hi ${name}`)
}
}
greet()
console.log('greet() returned without printing')

// expect: greet() returned without printing
