const o = { get g() { return 1; } };
o.g = 2;
console.log(o.g);
(function () {
  "use strict";
  try { o.g = 3; } catch (e) { console.log(e.name + ": " + e.message); }
})();

// expect: 1
// expect: TypeError: Cannot set property g of #<Object> which has only a getter
