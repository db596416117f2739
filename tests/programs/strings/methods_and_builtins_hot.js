// String methods read from String.prototype, and built-in functions called with as many,
// fewer and more arguments than they take, in loops hot enough for the tier.
var out = [];
for (var r = 0; r < 300; r++) {
  var s = "abc" + (r % 10);
  var row = [s.charCodeAt(1), s.charCodeAt(), s.charCodeAt(1, 2), s.indexOf("c"), s.slice(1),
             s.slice(), s.toUpperCase(), String.fromCharCode(97 + r % 26),
             String.fromCharCode(), String.fromCharCode(72, 105), Math.max(), Math.max(r % 7),
             Math.max(1, r % 9, 3), Math.floor(r / 7), [1, 2].push(3, 4), [].push(),
             [5].forEach(function () {}), parseInt("12" + (r % 3)), isNaN(), s["0"], s.length,
             s.nope, typeof s.valueOf, s.concat(1, 2, 3)];
  if (r === 0 || r === 299) out.push(JSON.stringify(row));
}
console.log(out.join("\n"));
String.prototype.twice = function () { return this + this; };
Object.defineProperty(String.prototype, "first", { get: function () { return this[0]; }, configurable: true });
var t = [];
for (var q = 0; q < 300; q++) { var w = "w" + (q % 3); t[q % 3] = w.twice() + w.first + w.length; }
console.log(t.join(" "));
delete String.prototype.first;
console.log("xy".first, "xy".twice());
var bound = Math.max.bind(null, 5);
var b = 0;
for (var k = 0; k < 300; k++) b += bound(k % 4) + Math.min.call(null, k, 2);
console.log(b);
try { for (var e = 0; e < 300; e++) { var v = e < 299 ? "s" : null; v.charAt(0); } } catch (err) { console.log(err.constructor.name + ": " + err.message); }

// expect: [98,97,98,2,"bc0","abc0","ABC0","a","","Hi",null,0,3,0,4,0,null,120,true,"a",4,null,"function","abc0123"]
// expect: [98,97,98,2,"bc9","abc9","ABC9","n","","Hi",null,5,3,42,4,0,null,122,true,"a",4,null,"function","abc9123"]
// expect: w0w0w2 w1w1w2 w2w2w2
// expect: undefined xyxy
// expect: 2097
// expect: TypeError: Cannot read properties of null (reading 'charAt')
