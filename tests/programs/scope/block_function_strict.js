"use strict";
function f() {
  if (true) {
    function inBlock() { return "ok"; }
    var r = inBlock();
  }
  return r + " " + typeof inBlock;
}
console.log(f());

// expect: ok undefined
