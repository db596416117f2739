function sloppy() { return this === undefined; }
function strict() { "use strict"; return this === undefined; }
console.log(sloppy(), strict());

// expect: false true
