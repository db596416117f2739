// String building: concatenation, charCodeAt, fromCharCode, join, indexOf, slice.
var parts = [];
var s = "";
for (var i = 0; i < 6000; i++) {
  s += String.fromCharCode(97 + (i % 26));
  if (i % 100 === 99) { parts.push(s); s = ""; }
}
var joined = parts.join("-");
var hash = 0;
for (var j = 0; j < joined.length; j++) hash = (hash * 31 + joined.charCodeAt(j)) % 1000003;
var words = joined.split("-");
var found = 0;
for (var k = 0; k < words.length; k++) if (words[k].indexOf("xyz") >= 0) found++;
var upper = joined.slice(0, 52).toUpperCase();
console.log(joined.length + " " + hash + " " + found + " " + upper);
