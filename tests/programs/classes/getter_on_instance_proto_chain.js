class A { get x() { return "A.x"; } }
class B extends A { get x() { return super.x + " via B"; } }
console.log(new B().x);

// expect: A.x via B
