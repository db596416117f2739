// u flag (code points, \p{...}, \u{...}), case folding, lookbehind.
console.log(/^.$/u.test("\ud83d\ude00"), /^.$/.test("\ud83d\ude00"), /\u{1F600}/u.test("\ud83d\ude00"));
console.log(/\p{Script=Greek}+/u.exec("abc\u03b1\u03b2\u03b3")[0].length, /\P{L}+/u.exec("ab12cd")[0]);
console.log(/[\p{Lu}\d]+/u.exec("abCD12ef")[0], /\p{Emoji_Presentation}/u.test("\u231a"));
console.log(/\u212a/i.test("k"), /\u212a/iu.test("k"), /\u00df/iu.test("\u1e9e"), /\w/iu.test("\u017f"), /\w/i.test("\u017f"));
console.log(/(?<=\$)\d+(\.\d*)?/.exec("cost $10.53")[0], /(?<!\$)\b\d+/.exec("$10 20")[0]);
console.log(/(?<=(\d+)(\d+))$/.exec("1053").slice(1).join("|"), /(?<=\1(a))b/.exec("aab").join("|"));
var u = /(?:)/gu[Symbol.split]("\ud83d\ude00x");
console.log(u.length, u[0].length, /(?:)/g[Symbol.split]("\ud83d\ude00x").length);
console.log(/[^x]/u.exec("\ud83d\ude03")[0].length, /\udc00/u.test("\ud800\udc00"), /\udc00/.test("\ud800\udc00"));

// expect: true false true
// expect: 3 12
// expect: CD12 true
// expect: false true true true false
// expect: 10.53 20
// expect: 1|053 b|a
// expect: 2 2 3
// expect: 2 false true
