// Seed 003: SomeHugeModule: only x is kept by getX.
function SomeHugeModule() {
  const unused1 = new Array(1000).fill(0)
  const unused2 = 'big'
  function helper() { return unused2 }
  const x = 1
  return function getX() {
    return x
  }
}
console.log(SomeHugeModule()())

// expect: 1
