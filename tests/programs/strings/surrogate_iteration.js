const s = "a😀b𝒳";
console.log(s.length, [...s].length, Array.from(s).map(c => c.length).join(""));
console.log(s.split("").length, s.slice(1, 3) === "😀", s.at(-1) === "\uDCB3");

// expect: 6 4 1212
// expect: 6 true true
