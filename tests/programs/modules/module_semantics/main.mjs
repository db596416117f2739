import { evaluated } from "./helper.mjs";
import { evaluated as again } from "./helper.mjs";
console.log(this, evaluated === again, evaluated.join());
var notGlobal = 1;
console.log(typeof globalThis.notGlobal);
try { undeclared = 1; } catch (e) { console.log(e.name); }
console.log(typeof import.meta);

// expect: undefined true helper
// expect: undefined
// expect: ReferenceError
// expect: object
