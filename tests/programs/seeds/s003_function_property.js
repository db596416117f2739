// Seed 003 "JavaScript Closures": functions are objects.
function foo() {
console.log('foo')
}
foo.bar = 'bar'
console.log(foo.bar) // bar
foo()

// expect: bar
// expect: foo
