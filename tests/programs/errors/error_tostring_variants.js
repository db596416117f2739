console.log(String(new Error()), String(new Error("")), String(new RangeError("r")));
const e = new Error("m");
e.name = "";
console.log(String(e));
const custom = { name: "Custom", message: "cm" };
console.log(Error.prototype.toString.call(custom));

// expect: Error Error RangeError: r
// expect: m
// expect: Custom: cm
