class A { set v(x) { this._a = "A saw " + x; } }
class B extends A {
  set v(x) { super.v = x + "!"; }
}
const b = new B();
b.v = "hi";
console.log(b._a);

// expect: A saw hi!
