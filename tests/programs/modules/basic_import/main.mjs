import square, { add, PI as pi } from "./math.mjs";
import * as math from "./math.mjs";
console.log(add(2, 3), pi, square(4));
console.log(math.add === add, math.default === square, Object.keys(math).join());
console.log(Object.prototype.toString.call(math), Object.isFrozen(math) || Object.isSealed(math));

// expect: 5 3.14 16
// expect: true true PI,add,default
// expect: [object Module] true
