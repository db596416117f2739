function F() { return new.target === F ? "with new" : "without new"; }
console.log(new F() instanceof F, F());
class A { constructor() { this.t = new.target.name; } }
class B extends A {}
console.log(new A().t, new B().t);

// expect: true without new
// expect: A B
