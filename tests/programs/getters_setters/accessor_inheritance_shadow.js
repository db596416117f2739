const proto = { get v() { return "proto getter"; } };
const o = Object.create(proto);
Object.defineProperty(o, "v", { value: "own data", writable: true });
console.log(o.v, proto.v);

// expect: own data proto getter
