// A string's methods are read from String.prototype (a string's own properties are its
// indices and "length"); engines read them there directly.  Everything the spec lets a
// program change about String.prototype and its chain must still be seen, in hot code too.
function first(s) { return s.charAt(0) + s.at(-1) + s[1] + s["2"] + s.length; }
var out = "";
for (var i = 0; i < 300; i++) out = first("abcd");
console.log(out);

// an accessor on String.prototype sees the primitive (strict) or a wrapper (sloppy)
Object.defineProperty(String.prototype, "strictKind", {
  get: function () { "use strict"; return typeof this; }, configurable: true });
Object.defineProperty(String.prototype, "sloppyKind", {
  get: function () { return typeof this; }, configurable: true });
function kinds(s) { return s.strictKind + " " + s.sloppyKind; }
for (var j = 0; j < 300; j++) out = kinds("x");
console.log(out);

// a method added, replaced and deleted while a hot function reads it
String.prototype.shout = function () { return this.toUpperCase() + "!"; };
function shout(s) { return typeof s.shout === "function" ? s.shout() : "none"; }
for (var k = 0; k < 300; k++) out = shout("hey");
console.log(out);
String.prototype.shout = function () { return "replaced"; };
console.log(shout("hey"));
delete String.prototype.shout;
console.log(shout("hey"));

// a name found further up the chain (Object.prototype), and one found nowhere
Object.prototype.extra = "from Object.prototype";
function extra(s) { return s.extra + " / " + s.nothing; }
for (var m = 0; m < 300; m++) out = extra("s");
console.log(out);
delete Object.prototype.extra;
console.log(extra("s"));

// index-like names are the string's own, past its end they are not
function at(s) { return [s["0"], s["5"], s["-0"], s["01"]].join(","); }
for (var n = 0; n < 300; n++) out = at("ab");
console.log(out);

// a sort comparator and other callbacks are called from a built-in many times
var nums = [];
for (var p = 0; p < 200; p++) nums.push((p * 7919) % 211);
nums.sort(function (a, b) { return a - b; });
console.log(nums.slice(0, 5).join(), nums[199], nums.map(function (x) { return x * 2; })[199]);
try {
  [3, 1, 2].sort(function (a, b) { if (a === 1) throw new Error("from comparator"); return a - b; });
} catch (e) { console.log(e.message); }

// expect: adbc4
// expect: string object
// expect: HEY!
// expect: replaced
// expect: none
// expect: from Object.prototype / undefined
// expect: undefined / undefined
// expect: a,,,
// expect: 0,1,2,3,4 210 420
// expect: from comparator
