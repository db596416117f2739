// Seed 000: method invocation pattern.
"use strict";

var myObj = {
  myProp: 100,
  myFunc: function myFunc() {
    return this.myProp;
  }
};
console.log(myObj.myFunc());  //-- returned 100
console.log(myObj["myFunc"]());

// expect: 100
// expect: 100
