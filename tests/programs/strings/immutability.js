const s = "abc";
s[0] = "z";
console.log(s, s.length);
const t = s;
console.log(t === "abc", "abc" === "ab" + "c", new String("a") == "a", new String("a") === "a");

// expect: abc 3
// expect: true true true false
