class A { static #count = 0; static inc() { return ++A.#count; } }
A.inc(); A.inc();
console.log(A.inc());
class B extends A {}
try { B.inc(); console.log("B.inc ok via A"); } catch (e) { console.log(e.message); }

// expect: 3
// expect: B.inc ok via A
