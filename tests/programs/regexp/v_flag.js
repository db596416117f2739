// ES2024 RegExp v flag (22.2.1 ClassSetExpression, 22.2.2.9 CompileToCharSet with
// [[UnicodeSets]]): set operations, nested classes, \q{...}, properties of strings, the
// unicodeSets getter and flags order, case-insensitive v semantics, v-mode early errors.
console.log(/[[a-z]--[aeiou]]+/v.exec("aebcdi")[0], /[\p{L}&&\p{Lu}]+/v.exec("abCDe")[0],
            /[[a-z]&&[^aeiou]]+/v.exec("aabcde")[0], /[\w--\d]+/v.exec("12ab_3")[0]);
console.log(/^[\q{abc|d}x]+$/v.test("abcdxabc"), /[\q{abc|ab}]/v.exec("abc")[0],
            /[\q{}]/v.exec("abc").index, /^[\q{}a]+$/v.test(""), /[\q{a|bc}--\q{bc}]+/v.exec("bca")[0]);
const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
console.log(/^\p{RGI_Emoji}$/v.test(family), /^\p{RGI_Emoji_ZWJ_Sequence}$/v.test(family),
            /^\p{RGI_Emoji_Flag_Sequence}$/v.test("\u{1F1FA}\u{1F1F8}"),
            /^\p{Emoji_Keycap_Sequence}$/v.test("#\uFE0F\u20E3"), /^\p{Basic_Emoji}$/v.test("\u231A"),
            /^\p{RGI_Emoji_Modifier_Sequence}$/v.test("\u{1F44B}\u{1F3FD}"),
            /^\p{RGI_Emoji_Tag_Sequence}$/v.test("\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}"));
console.log("x\u{1F1FA}\u{1F1F8}y\u{1F44B}\u{1F3FD}".replace(/\p{RGI_Emoji}/gv, "E"),
            [..."a#\uFE0F\u20E3b".matchAll(/[\p{Emoji_Keycap_Sequence}a-z]/gv)].map((m) => m[0].length).join(""));
console.log(/x/v.unicodeSets, /x/u.unicodeSets, /x/v.flags, /x/dgimsvy.flags, /./v.exec("\u{1F600}")[0].length,
            "a\u{1F600}b".split(/(?:)/v).length, /(?<=[\q{ab}])c/v.test("abc"));
// Case-insensitive: sets are simple-case-folded before set operations.
console.log(/[\p{Lu}--[A-Z]]/vi.test("a"), /\P{Lu}/vi.test("A"), /\P{Lu}/ui.test("A"),
            /[\q{KM}]/vi.test("km"), /[^\q{k}]/vi.test("K"), /[\w--k]/vi.test("K"));
for (const [source, flags] of [["[a-z&&b]", "v"], ["[a&&&b]", "v"], ["[a--b&&c]", "v"], ["[(]", "v"],
                               ["[a-]", "v"], ["[a!!b]", "v"], ["[^\\q{ab}]", "v"], ["[^\\p{RGI_Emoji}]", "v"],
                               ["\\P{RGI_Emoji}", "v"], ["\\p{RGI_Emoji}", "u"], ["a", "uv"], ["[\\!]", "v"],
                               ["[^\\q{a|b}]", "v"], ["[&&a]", "v"], ["[a|b]", "v"], ["[\\d-a]", "v"]]) {
  try { new RegExp(source, flags); console.log("ok", source); } catch (e) { console.log(e.name, source); }
}

// expect: bcd CD bcd ab_
// expect: true abc 0 true a
// expect: true true true true true true true
// expect: xEyE 131
// expect: true false v dgimsvy 2 3 true
// expect: false false true true false true
// expect: SyntaxError [a-z&&b]
// expect: SyntaxError [a&&&b]
// expect: SyntaxError [a--b&&c]
// expect: SyntaxError [(]
// expect: SyntaxError [a-]
// expect: SyntaxError [a!!b]
// expect: SyntaxError [^\q{ab}]
// expect: SyntaxError [^\p{RGI_Emoji}]
// expect: SyntaxError \P{RGI_Emoji}
// expect: SyntaxError \p{RGI_Emoji}
// expect: SyntaxError a
// expect: ok [\!]
// expect: ok [^\q{a|b}]
// expect: SyntaxError [&&a]
// expect: SyntaxError [a|b]
// expect: SyntaxError [\d-a]
