const o = {};
Object.defineProperty(o, "ro", { value: 1, enumerable: true });
o.ro = 2;
console.log(o.ro, JSON.stringify(Object.getOwnPropertyDescriptor(o, "ro")));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor({ x: 1 }, "x")));
console.log(delete o.ro, o.ro);

// expect: 1 {"value":1,"writable":false,"enumerable":true,"configurable":false}
// expect: {"value":1,"writable":true,"enumerable":true,"configurable":true}
// expect: false 1
