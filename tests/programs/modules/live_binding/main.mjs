import { count, increment } from "./counter.mjs";
import * as ns from "./counter.mjs";
console.log(count);
increment();
increment();
console.log(count, ns.count);
try { count = 10; } catch (e) { console.log(e.name + ": " + e.message); }

// expect: 0
// expect: 2 2
// expect: TypeError: Assignment to constant variable.
