// Seed 003: greetFn is a reference to greetInner.
function greet() {
const name = 'david'
return function greetInner() {
console.log(`hi ${name}`)
}
}
// greetFn is a reference to greetInner
const greetFn = greet()
greetFn() // hi david

// expect: hi david
