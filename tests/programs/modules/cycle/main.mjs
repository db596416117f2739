import { a } from "./a.mjs";
import { b } from "./b.mjs";
console.log("main", a, b);

// expect: b evaluated first
// expect: a evaluated; B calls A sees b
// expect: main a b
