function A() { this.a = 1; return { b: 2 }; }
function B() { this.a = 1; return 5; }
console.log(JSON.stringify(new A()), JSON.stringify(new B()));

// expect: {"b":2} {"a":1}
