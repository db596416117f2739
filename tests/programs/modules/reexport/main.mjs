import { one, two, uno, implDefault } from "./index.mjs";
import * as all from "./index.mjs";
console.log(one, two, uno, implDefault, "default" in all, Object.keys(all).join());

// expect: 1 2 1 impl default false implDefault,one,two,uno
