// Seed 003: greetInner closes over the name parameter.
function greet(name) {
return function greetInner() {
console.log(`hi ${name}`)
}
}
const greetFn = greet('david')
greetFn() // hi david
const greetFn2 = greet('ana')
greetFn2()
greetFn()

// expect: hi david
// expect: hi ana
// expect: hi david
