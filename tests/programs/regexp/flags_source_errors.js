// flags/source/toString, the constructor, errors, subclassing and the legacy statics.
function show(v) {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
  if (typeof v === "object") return "{" + Object.keys(v).map(function (k) { return k + ":" + show(v[k]); }).join(",") + "}";
  if (typeof v === "string") return '"' + v + '"';
  return "" + v;
}
function str(v) { return "" + v; }
var r = new RegExp("a/b\n", "gimsuyd");
console.log(r.flags, r.source, str(r), r.global, r.hasIndices, r.unicode, r.sticky);
console.log(str(new RegExp("")), RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global);
var s = /ab/g;
console.log(RegExp(s) === s, new RegExp(s) === s, new RegExp(s, "i").flags, new RegExp(s).source);
try { new RegExp("(", "g"); } catch (e) { console.log(e.name + ": " + e.message); }
try { new RegExp("a", "gg"); } catch (e) { console.log(e.name + ": " + e.message); }
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { console.log(e.name + ": " + e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
class Loud extends RegExp {
  exec(s) { console.log("exec(" + s + ")"); return super.exec(s); }
}
console.log(new Loud("b").test("abc"), new Loud("x", "g")[Symbol.replace]("xx", "y"));
/(\d)(\d)?/.exec("ab12cd");
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp.leftContext, RegExp.rightContext, RegExp["$+"]);
console.log(Object.prototype.toString.call(/a/), typeof /a/, /a/ instanceof RegExp, RegExp.length, RegExp.name);
console.log(Object.getOwnPropertyNames(RegExp.prototype).join());
var c = /a/g; c.lastIndex = 3; c.compile("b", "i");
console.log(c.source, c.flags, c.lastIndex);

// expect: dgimsuy a\/b\n /a\/b\n/dgimsuy true true true true
// expect: /(?:)/ (?:)  undefined
// expect: true false i ab
// expect: SyntaxError: Invalid regular expression: /(/g: Unterminated group
// expect: SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
// expect: TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>
// expect: TypeError: RegExp.prototype.global getter called on non-RegExp object
// expect: exec(abc)
// expect: exec(xx)
// expect: exec(xx)
// expect: exec(xx)
// expect: true yy
// expect: 1 2 12 ab cd 2
// expect: [object RegExp] object true 2 RegExp
// expect: constructor,exec,dotAll,flags,global,hasIndices,ignoreCase,multiline,source,sticky,unicode,compile,toString,test,unicodeSets
// expect: b i 0
