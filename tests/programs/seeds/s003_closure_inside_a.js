// Seed 003: a closure kept alive only while a() runs.
function a() {
  function b() {
    const x = 1
    return function c() {
      debugger // here is where the closure is formed
      console.log(x)
    }
  }
  const cFn = b()
  cFn() // Closure (b) {x: 1}
} // here the closure does not exist anymore
a()

// expect: 1
