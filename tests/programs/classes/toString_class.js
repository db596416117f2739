class Foo { bar() { return 1; } }
console.log(Foo.toString());
console.log(Foo.prototype.bar.toString());

// expect: class Foo { bar() { return 1; } }
// expect: bar() { return 1; }
