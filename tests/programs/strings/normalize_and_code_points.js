const composed = "\u00e9", decomposed = "e\u0301";
console.log(composed === decomposed, composed.normalize("NFD") === decomposed, decomposed.normalize() === composed);
console.log([..."héllo"].map(c => c.codePointAt(0)).join(","));

// expect: false true true
// expect: 104,233,108,108,111
