const s1 = Symbol("desc"), s2 = Symbol("desc");
const o = { [s1]: "one", regular: 1 };
console.log(s1 === s2, s1.toString(), s1.description, o[s1], Object.keys(o).length, Object.getOwnPropertySymbols(o).length);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), typeof Symbol.iterator);

// expect: false Symbol(desc) desc one 1 1
// expect: true app symbol
