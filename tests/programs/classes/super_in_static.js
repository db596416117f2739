class A { static who() { return "A"; } }
class B extends A { static who() { return super.who() + "B"; } }
console.log(B.who());

// expect: AB
