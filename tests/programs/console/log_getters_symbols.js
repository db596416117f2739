const o = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {}, [Symbol("k")]: "sym value" };
console.log(o);
Object.defineProperty(o, "hidden", { value: "not shown", enumerable: false });
console.log(Object.keys(o).length, o);

// expect: {
// expect:   g: [Getter],
// expect:   s: [Setter],
// expect:   gs: [Getter/Setter],
// expect:   [Symbol(k)]: 'sym value'
// expect: }
// expect: 3 {
// expect:   g: [Getter],
// expect:   s: [Setter],
// expect:   gs: [Getter/Setter],
// expect:   [Symbol(k)]: 'sym value'
// expect: }
