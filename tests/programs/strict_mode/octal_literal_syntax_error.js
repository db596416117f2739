"use strict";
console.log(010);

// expect-error: SyntaxError: Octal literals are not allowed in strict mode.
