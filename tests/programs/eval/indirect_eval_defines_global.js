(0, eval)("var fromIndirect = 'global!'");
console.log(fromIndirect, globalThis.fromIndirect);

// expect: global! global!
