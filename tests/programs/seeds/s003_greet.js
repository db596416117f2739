// Seed 003: const name lives in greet's function scope only while greet runs.
function greet() {
const name = 'david'
console.log(`hi ${name}`)
}
greet()

// expect: hi david
