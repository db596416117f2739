const grand = { g: "grand" };
const parent = Object.create(grand, { p: { value: "parent", enumerable: true } });
const child = Object.create(parent);
child.c = "child";
console.log(child.g, child.p, child.c, "g" in child, Object.hasOwn(child, "g"), Object.getPrototypeOf(child) === parent);
const bare = Object.create(null);
console.log(typeof bare.toString, Object.getPrototypeOf(bare));

// expect: grand parent child true false true
// expect: undefined null
