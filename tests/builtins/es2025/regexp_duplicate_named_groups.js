// ES2025 duplicate named capture groups: 22.2.1.1 (MightBothParticipate), 22.2.2.7.2
// BackreferenceMatcher over every group of the name, 22.2.7.2 step 33 (groups), 22.2.7.8
// (indices.groups), 22.1.3.19.1 GetSubstitution ($<name>).
const re = /(?<year>\d{4})-(?<month>\d\d)|(?<month>\d\d)\/(?<year>\d{4})/;
for (const s of ["2024-05", "05/2024"]) {
  const m = re.exec(s);
  console.log(JSON.stringify(m.groups), Object.keys(m.groups).join());
}
// $<name> and the groups argument of a replacer take the group that participated.
console.log("2024-05 05/1999".replace(/(?<y>\d{4})-\d\d|\d\d\/(?<y>\d{4})/g, "[$<y>]"));
console.log("xy".replace(/(?<a>x)|(?<a>y)/g, (...args) => JSON.stringify(args.at(-1))));
// \k<name> matches the group of that name that participated.
const k = /(?:(?<c>a)|(?<c>b))\k<c>/;
console.log(k.test("aa"), k.test("bb"), k.test("ab"), k.test("ba"));
// Inside a quantifier each iteration resets the captures, so only the last one counts.
console.log(/(?:(?<c>a)|(?<c>b))+\k<c>/.exec("abb")[0]);
// indices.groups (d flag) and a name none of whose groups participated.
const d = /(?<n>x)|(?<n>y)|z/d.exec("y");
console.log(JSON.stringify(d.indices.groups), JSON.stringify(/(?<n>x)|(?<n>y)|z/.exec("z").groups));
// Early errors: the same name where both groups might participate.
for (const source of ["(?<a>x)(?<a>y)", "(?:(?<a>x)|(?<a>y))(?<a>z)", "(?<a>(?<a>x)|y)", "(?<a>x)|(?<a>y)"]) {
  try { new RegExp(source); console.log("ok", source); } catch (e) { console.log(e.constructor.name, source); }
}
// expect: {"year":"2024","month":"05"} year,month
// expect: {"year":"2024","month":"05"} year,month
// expect: [2024] [1999]
// expect: {"a":"x"}{"a":"y"}
// expect: true true false false
// expect: abb
// expect: {"n":[0,1]} {}
// expect: SyntaxError (?<a>x)(?<a>y)
// expect: SyntaxError (?:(?<a>x)|(?<a>y))(?<a>z)
// expect: SyntaxError (?<a>(?<a>x)|y)
// expect: ok (?<a>x)|(?<a>y)
