console.log(Promise.resolve(1), Promise.reject(new Error("e")).catch(() => {}) && 0, new Promise(() => {}), [1, 2].values(), new Map([[1, 2]]).entries(), new Set([1]).values(), "ab"[Symbol.iterator]());
console.log(new WeakMap(), new WeakSet(), new WeakRef({}), new Date(0), new Number(1), new String("s"), Object(1n), Math, JSON);
const p = Promise.reject(3); p.catch(() => {}); console.log(p);
console.log([new Map([["a", { b: [1, 2] }]]), new Set(["x"])], { m: new Map(), s: new Set() });
