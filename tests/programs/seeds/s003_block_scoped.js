// Seed 003: closures close over block scoped variables. console.dir prints node's view of the
// function; the [[Scopes]] view (Block (foo) {y: 2}, Closure (foo) {x: 1}) is tested separately.
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
bar()

// expect: [Function (anonymous)]
// expect: 1 2
