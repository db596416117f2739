const o = { x: 1 };
console.log(Reflect.has(o, "x"), Reflect.ownKeys(o).join(), Reflect.get(o, "x"), Reflect.set(o, "y", 2), o.y);
console.log(Reflect.defineProperty(Object.freeze({}), "z", { value: 1 }), Reflect.getPrototypeOf(o) === Object.prototype);
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.construct(Date, [2000, 1]).getMonth());

// expect: true x 1 true 2
// expect: false true
// expect: 5 1
