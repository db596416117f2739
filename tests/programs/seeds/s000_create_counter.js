// Seed 000: nested functions keep createCounter's scope alive.
"use strict";

function createCounter(initial) {
  //-- define local-to-function variables
  var counter = initial;

  /**
   * Increments internal counter by given value.
   * If given value is not a finite number or is less than 1, then 1 is used.
   */
  function increment(value) {
    if (!isFinite(value) || value < 1){
      value = 1;
    }
    counter += value;
  }

  /**
   * Returns current counter value.
   */
  function get() {
    return counter;
  }


  //-- return object containing references
  //   to nested functions
  return {
    increment: increment,
    get: get
  };
}

//-- create counter object
var myCounter = createCounter(100);

console.log(myCounter.get());   //-- prints "100"

myCounter.increment(5);
console.log(myCounter.get());   //-- prints "105"
myCounter.increment(-3);
myCounter.increment("x");
console.log(myCounter.get());

// expect: 100
// expect: 105
// expect: 107
