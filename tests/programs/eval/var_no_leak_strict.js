function f() {
  "use strict";
  eval("var contained = 1");
  return typeof contained;
}
console.log(f());

// expect: undefined
