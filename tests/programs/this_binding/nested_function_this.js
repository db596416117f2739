const o = {
  outer() {
    function inner() { return this; }
    return inner() === undefined ? "undefined" : inner() === globalThis ? "global" : "other";
  },
};
console.log(o.outer());

// expect: global
