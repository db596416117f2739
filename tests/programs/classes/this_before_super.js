class Base {}
class Derived extends Base {
  constructor() { this.x = 1; super(); }
}
try { new Derived(); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: ReferenceError: Must call super constructor in derived class before accessing 'this' or returning from derived constructor
