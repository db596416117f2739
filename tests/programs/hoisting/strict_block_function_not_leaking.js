"use strict";
{
  function inside() { return 1; }
  console.log(inside());
}
console.log(typeof inside);

// expect: 1
// expect: undefined
