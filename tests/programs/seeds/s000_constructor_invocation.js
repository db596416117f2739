// Seed 000: constructor invocation pattern.
"use strict";

function MyObj() {
  this.a = 'a';
  this.b = 'b';
}
var myObj = new MyObj();
console.log(myObj.a, myObj.b);
console.log(Object.getPrototypeOf(myObj) === MyObj.prototype, myObj instanceof MyObj);
console.log(Object.keys(myObj).join(","));

// expect: a b
// expect: true true
// expect: a,b
