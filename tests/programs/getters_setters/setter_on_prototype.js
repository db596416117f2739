const proto = { set x(v) { this._x = v + "!"; } };
const child = Object.create(proto);
child.x = "hi";
console.log(child._x, Object.hasOwn(child, "x"), Object.hasOwn(child, "_x"));

// expect: hi! false true
