// Seed 003: engines trim closed-over environments to what is used: Closure (b) {y, z}, Closure (a) {w}.
function a() {
  const w = 'w'
  return function b() {
    const x = 'x'
    const y = 'y'
    const z = 'z'
    return function c() {
      debugger
      console.log(w, y, z)
    }
  }
}
const cFn = a()()
cFn()

// expect: w y z
