// Seed 000: similar function objects, different scope objects.
"use strict";

function createCounter(initial) {
  var counter = initial;
  function increment(value) {
    if (!isFinite(value) || value < 1){
      value = 1;
    }
    counter += value;
  }
  function get() {
    return counter;
  }
  return {
    increment: increment,
    get: get
  };
}

//-- create counter objects
var myCounter1 = createCounter(100);
var myCounter2 = createCounter(200);

var a, b;
a = myCounter1.get();   // a equals 100
b = myCounter2.get();   // b equals 200
console.log(a, b);

myCounter1.increment(1);
myCounter1.increment(2);

myCounter2.increment(5);

a = myCounter1.get();   // a equals 103
b = myCounter2.get();   // b equals 205
console.log(a, b);
console.log(myCounter1.increment === myCounter2.increment);
console.log(myCounter1.get.name, myCounter1.get.length, myCounter1.increment.length);

// expect: 100 200
// expect: 103 205
// expect: false
// expect: get 0 1
