class C {
  static rename() {
    try { C = null; } catch (e) { return e.name + ": " + e.message; }
  }
}
console.log(C.rename());

// expect: TypeError: Assignment to constant variable.
