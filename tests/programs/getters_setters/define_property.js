const o = {};
let store = "init";
Object.defineProperty(o, "p", {
  get() { return store; },
  set(v) { store = v.toUpperCase(); },
  enumerable: false,
  configurable: true,
});
o.p = "abc";
console.log(o.p, Object.keys(o).length, JSON.stringify(o));

// expect: ABC 0 {}
