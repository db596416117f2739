// Seed 000: top-level var declarations live on the global object (scope object = Global Object).
"use strict";

var foo = 1;
var bar = 2;
console.log(foo, bar, globalThis.foo, globalThis.bar);

// expect: 1 2 1 2
