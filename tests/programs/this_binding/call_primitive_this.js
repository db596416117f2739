function sloppy() { return typeof this; }
function strict() { "use strict"; return typeof this; }
console.log(sloppy.call(5), strict.call(5));
console.log(sloppy.call("s"), strict.call("s"));
console.log(sloppy.call(null) === "object", strict.call(null));
console.log(strict.call(undefined));

// expect: object number
// expect: object string
// expect: true object
// expect: undefined
