const proto = { get who() { return this.name; } };
const child = Object.create(proto);
child.name = "child";
console.log(child.who, proto.who);

// expect: child undefined
