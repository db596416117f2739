function f() {
  "use strict";
  try { return arguments.callee; } catch (e) { return e.name; }
}
console.log(f());

// expect: TypeError
