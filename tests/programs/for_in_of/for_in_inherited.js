const proto = { inherited: 1, shadowed: "proto" };
const o = Object.create(proto);
o.own = 2;
o.shadowed = "own";
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
const keys = [];
for (const k in o) keys.push(k + (Object.hasOwn(o, k) ? "(own)" : ""));
console.log(keys.join(" "));

// expect: own(own) shadowed(own) inherited
