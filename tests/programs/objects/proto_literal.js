const proto = { hello() { return "hi from proto"; } };
const o = { __proto__: proto, own: 1 };
const p = { ["__proto__"]: proto };
console.log(o.hello(), Object.getPrototypeOf(o) === proto, Object.getPrototypeOf(p) === Object.prototype, Object.keys(p).join());

// expect: hi from proto true true __proto__
