import { early } from "./lib.mjs";
console.log(early());
export function unusedExport() {}

// expect: function declarations are initialised at link time
