const o = { a: { b: { c: 1 } }, arr: [10], fn() { return "called"; } };
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w, o.arr?.[0], o.fn?.(), o.nofn?.());
const n = null;
console.log(n?.a, n?.[0], n?.());

// expect: 1 undefined undefined 10 called undefined
// expect: undefined undefined undefined
