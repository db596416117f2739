// ES2025 RegExp pattern modifiers (?ims-ims:...): 22.2.1 RegularExpressionModifiers with the
// early errors of 22.2.1.1, and 22.2.2.3 UpdateModifiers (IgnoreCase, Multiline, DotAll
// inside the group only).
console.log(/(?i:a)b/.test("Ab"), /(?i:a)b/.test("AB"), /a(?-i:b)/i.test("AB"), /a(?-i:b)/i.test("Ab"));
console.log(/(?m:^b)/.test("a\nb"), /(?-m:^b)/m.test("a\nb"), /(?s:.)./.test("\nx"), /(?s:.)./.test("x\n"));
console.log(/(?i-s:a.)/s.test("A\n"), /(?i-s:a.)/s.test("Ax"));
// Case-insensitive classes, backreferences and \b inside the group.
console.log(/(?i:[a-c]+)/.exec("xABCd")[0], /(a)(?i:\1)/.exec("aA")[0], /(?i:\u212a)/u.test("k"));
console.log(/^(?:(?i:x)y)+$/.test("XyxyXy"), /^(?:(?i:x)y)+$/.test("XY"));
// Lookbehind and nesting.
console.log(/(?<=(?i:A))b/.exec("ab").index, /(?i:a(?-i:b)c)/.test("AbC"), /(?i:a(?-i:b)c)/.test("ABC"));
// Early errors.
for (const source of ["(?-:a)", "(?ii:a)", "(?i-i:a)", "(?x:a)", "(?I:a)", "(?u:a)", "(?i)", "(?i-:a)", "(?ims-:a)"]) {
  try { new RegExp(source); console.log("ok", source); } catch (e) { console.log(e.constructor.name, source); }
}
// expect: true false false true
// expect: true false true false
// expect: false true
// expect: ABC aA true
// expect: true false
// expect: 1 true false
// expect: SyntaxError (?-:a)
// expect: SyntaxError (?ii:a)
// expect: SyntaxError (?i-i:a)
// expect: SyntaxError (?x:a)
// expect: SyntaxError (?I:a)
// expect: SyntaxError (?u:a)
// expect: SyntaxError (?i)
// expect: ok (?i-:a)
// expect: ok (?ims-:a)
