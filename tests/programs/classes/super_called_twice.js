class Base {}
class Derived extends Base {
  constructor() { super(); super(); }
}
try { new Derived(); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: ReferenceError: Super constructor may only be called once
