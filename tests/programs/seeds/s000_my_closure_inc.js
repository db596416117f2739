// Seed 000 "How JavaScript closures work under the hood": the opening example.
"use strict";

var myClosure = (function outerFunction() {

  var hidden = 1;

  return {
    inc: function innerFunction() {
      return hidden++;
    }
  };

}());

console.log(myClosure.inc());  // returns 1
console.log(myClosure.inc());  // returns 2
console.log(myClosure.inc());  // returns 3

// expect: 1
// expect: 2
// expect: 3
