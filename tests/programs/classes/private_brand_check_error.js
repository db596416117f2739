class A {
  #x = 1;
  static read(o) { return o.#x; }
}
try { A.read({}); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: Cannot read private member #x from an object whose class did not declare it
