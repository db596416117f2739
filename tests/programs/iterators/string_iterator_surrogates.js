const s = "a😀b";
console.log(s.length, [...s].length);
for (const ch of s) console.log(ch, ch.length);

// expect: 4 3
// expect: a 1
// expect: 😀 2
// expect: b 1
