let gl = 1;
const gc = 2;
class GC {}
var gv = 3;
console.log("gl" in globalThis, "gc" in globalThis, "GC" in globalThis, "gv" in globalThis);

// expect: false false false true
