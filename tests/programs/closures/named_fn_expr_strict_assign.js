"use strict";
const f = function me() {
  try { me = 1; } catch (e) { return e.constructor.name + ": " + e.message; }
};
console.log(f());

// expect: TypeError: Assignment to constant variable.
