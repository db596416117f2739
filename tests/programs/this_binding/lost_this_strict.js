"use strict";
const o = { v: 1, get() { return this; } };
const g = o.get;
console.log(g());
try {
  (function () { return this.v; })();
} catch (e) {
  console.log(e.message);
}

// expect: undefined
// expect: Cannot read properties of undefined (reading 'v')
