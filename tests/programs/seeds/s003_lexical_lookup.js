// Seed 003: plain lexical lookup, no closure kept.
function foo() {
  const x = 1
  bar()
  function bar() {
    console.log(x)
  }
}
foo()

// expect: 1
