const e = new Error("msg", { cause: "because" });
console.log(e.name, e.message, e.cause, e instanceof Error, Object.keys(e).length);
console.log(String(e), e.toString === Error.prototype.toString);
const te = new TypeError("bad type");
console.log(te.name, te instanceof TypeError, te instanceof Error, Object.getPrototypeOf(TypeError) === Error);
console.log(typeof e.stack, e.stack.split("\n")[0]);

// expect: Error msg because true 0
// expect: Error: msg true
// expect: TypeError true true true
// expect: string Error: msg
