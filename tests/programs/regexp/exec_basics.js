// RegExp literals, exec result arrays, lastIndex with g and y, named groups, d indices.
function show(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
  if (typeof v === "object") return "{" + Object.keys(v).map(function (k) { return k + ":" + show(v[k]); }).join(",") + "}";
  if (typeof v === "string") return '"' + v + '"';
  return "" + v;
}
function str(v) { return "" + v; }
var r = /a(b)?(?<c>c)/g;
var m = r.exec("xxabcac");
console.log(m[0], m[1], m.index, m.input, m.groups.c, r.lastIndex, m.length);
m = r.exec("xxabcac");
console.log(m[0], m[1] === undefined, m.index, r.lastIndex);
console.log(r.exec("xxabcac"), r.lastIndex);
var y = /o/y;
y.lastIndex = 1;
console.log(y.test("foo"), y.lastIndex, y.test("fxo"), y.lastIndex);
var d = /(?<word>\w+) (\d+)?/d.exec("say hello 42");
console.log(show(d.indices), show(d.indices.groups));
console.log(Object.keys(/(?<a>.)/.exec("z")).join(","));
var g = /(?<year>\d{4})-(?<month>\d\d)/.exec("on 2024-05-17").groups;
console.log(Object.getPrototypeOf(g) === null, g.year, g.month);
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac").join("|"));
console.log(/(a)|b/.exec("b")[1], /(?:(a)|b)+/.exec("ab")[1]);
console.log(/\bfoo\b/i.test("a FOO."), /^b/m.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\nb"));

// expect: abc b 2 xxabcac c 5 3
// expect: ac true 5 7
// expect: null 0
// expect: true 2 true 3
// expect: [[0,4],[0,3],undefined] {word:[0,3]}
// expect: 0,1,index,input,groups
// expect: true 2024 05
// expect: zaacbbbcac|z|ac|a||c
// expect: undefined undefined
// expect: true true true false
