const obj = { toString() { return "TS"; }, valueOf() { return 42; } };
console.log(`${obj}`, "" + obj, `${[1, 2]}`, `${null} ${undefined}`, `${{}}`);
try { `${Symbol("s")}`; } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TS 42 1,2 null undefined [object Object]
// expect: TypeError: Cannot convert a Symbol value to a string
