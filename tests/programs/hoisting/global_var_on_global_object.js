var gv = 10;
let gl = 20;
function gf() {}
console.log(globalThis.gv, globalThis.gl, typeof globalThis.gf);
console.log(Object.getOwnPropertyDescriptor(globalThis, "gv").configurable);

// expect: 10 undefined function
// expect: false
