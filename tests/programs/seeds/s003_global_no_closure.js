// Seed 003: globals need no closure; `debugger` is a no-op without a debugger attached.
const x = 1
function foo() {
  return function bar() {
    debugger
    console.log(x)
  }
}
const barFn = foo()
barFn()

// expect: 1
