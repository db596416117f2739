"use strict";
try {
  undeclaredVar = 1;
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// expect: ReferenceError: undeclaredVar is not defined
