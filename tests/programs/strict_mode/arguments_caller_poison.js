function f() { "use strict"; return f; }
try { f().caller; } catch (e) { console.log(e.name); }
function g() { return g.caller === null || typeof g.caller; }
console.log(typeof g);

// expect: TypeError
// expect: function
