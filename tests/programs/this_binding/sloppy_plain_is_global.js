function f() { return this === globalThis; }
console.log(f());
function g() { "use strict"; return this; }
console.log(g());

// expect: true
// expect: undefined
