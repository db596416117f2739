// Seed 003: bar closes over foo's x.
function foo() {
  const x = 1
  return function bar() {
    debugger
    console.log(x)
  }
}
const barFn = foo()
barFn() // Closure (foo) {x: 1}

// expect: 1
