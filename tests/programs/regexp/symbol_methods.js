// RegExp.prototype[Symbol.match/matchAll/replace/search/split] called directly.
function show(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
  if (typeof v === "object") return "{" + Object.keys(v).map(function (k) { return k + ":" + show(v[k]); }).join(",") + "}";
  if (typeof v === "string") return '"' + v + '"';
  return "" + v;
}
function str(v) { return "" + v; }
console.log(/a/g[Symbol.match]("banana").join(","), /x/[Symbol.match]("banana"));
console.log(/n(a)/[Symbol.match]("banana").join(","));
console.log(/x/gi[Symbol.replace]("aXbX", "-"), /(\w+) (\w+)/[Symbol.replace]("John Smith", "$2, $1"));
console.log(/a/g[Symbol.replace]("aaa", "[$&|$`|$'|$$]"));
console.log(/(?<first>\w)(\w*)/g[Symbol.replace]("hello world", "$<first>.$2"));
console.log(/\d+/g[Symbol.replace]("a1b22c333", function (m, offset, s) { return "<" + m.length + "@" + offset + ">"; }));
console.log(/(?<n>\d)/g[Symbol.replace]("x1y2", function (m, p1, off, s, groups) { return groups.n + groups.n; }));
console.log(/b*/g[Symbol.replace]("abc", "-"));
console.log(/c/[Symbol.search]("abcabc"), /z/[Symbol.search]("abc"));
console.log(show(/,/[Symbol.split]("a,b,,c")), show(/(-)|(\+)/[Symbol.split]("1-2+3")));
console.log(show(/(?:)/[Symbol.split]("abc")), show(/,/[Symbol.split]("a,b,c", 2)));
var parts = [];
for (var m of /a(\d)/g[Symbol.matchAll]("a1 a2 a3")) parts.push(m[1] + "@" + m.index);
console.log(parts.join(" "));
var it = /./g[Symbol.matchAll]("ab");
console.log(Object.prototype.toString.call(it), typeof it.next, it[Symbol.iterator]() === it);

// expect: a,a,a null
// expect: na,a
// expect: a-b- Smith, John
// expect: [a||aa|$][a|a|a|$][a|aa||$]
// expect: h.ello w.orld
// expect: a<1@1>b<2@3>c<3@6>
// expect: x11y22
// expect: -a--c-
// expect: 2 -1
// expect: ["a","b","","c"] ["1","-",undefined,"2",undefined,"+","3"]
// expect: ["a","b","c"] ["a","b"]
// expect: 1@0 2@3 3@6
// expect: [object RegExp String Iterator] function true
