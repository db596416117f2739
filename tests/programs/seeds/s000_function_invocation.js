// Seed 000: function invocation pattern in strict mode: this is undefined.
"use strict";

function myFunc() {
  return this;
}
console.log(myFunc());   //-- returns undefined

// expect: undefined
