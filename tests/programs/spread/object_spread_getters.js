let n = 0;
const src = { get x() { return ++n; } };
const a = { ...src };
const b = { ...src };
console.log(a.x, b.x, Object.getOwnPropertyDescriptor(a, "x").value);

// expect: 1 2 1
