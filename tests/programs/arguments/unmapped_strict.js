function f(a) {
  "use strict";
  arguments[0] = "changed";
  a = "a2";
  return [a, arguments[0]].join();
}
console.log(f(1));

// expect: a2,changed
