// Seed 003: closures close over environment records, trimmed to what is captured.
// Run with: python3 -m scopejs --show-scopes examples/scopes.js
function a() {
  const w = 'w'
  return function b() {
    const x = 'x'
    const y = 'y'
    const z = 'z'
    return function c() {
      console.log(w, y, z)
    }
  }
}
const cFn = a()()
cFn()
console.dir(cFn)

function foo() {
  const x = 1
  const y = 1
  {
    const y = 2
    return () => console.log(x, y)
  }
}
const bar = foo()
console.dir(bar)

// Per-iteration bindings: each iteration of for (let ...) gets a fresh copy of i.
for (let i = 0, getI = () => i; i < 3; i++) {
  console.log(getI())
}
