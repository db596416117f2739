const s = "Hello, World";
console.log(s.at(-1), s.charAt(1), s.charCodeAt(1), s.codePointAt(0), "😀".codePointAt(0), "😀".length);
console.log(s.slice(-5), s.substring(5, 2), s.substr(-5, 3), s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("", 99));
console.log(s.toUpperCase(), s.toLowerCase(), "ß".toUpperCase(), "İ".toLowerCase().length, "𐐨".toUpperCase() === "𐐀");
console.log(s.padStart(15, "ab"), s.padEnd(14, "-"), "x".repeat(3), "  a b  ".trim() + "|", "  a".trimStart(), "a  ".trimEnd() + "|");
console.log(s.split(", "), s.split(""), s.split(), s.split("o", 1), "".split(""), "".split("a"));
console.log(s.replace("o", "0"), s.replaceAll("o", "$&$&"), s.replace("World", (m, p) => m + p), "aaa".replaceAll("", "-"));
console.log(s.startsWith("Hell"), s.endsWith("rld"), s.includes("lo, "), s.startsWith("W", 7));
console.log(String.fromCharCode(72, 105), String.fromCodePoint(0x1F600).length, String.raw`a\n${1}b`);
console.log("café".normalize("NFD").length, "cafe\u0301".normalize().length, "a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"));
console.log([..."a😀b"], Array.from("x😀"), "anchor".anchor('a"b'), "b".bold(), "\ud800x".isWellFormed(), "\ud800x".toWellFormed());
console.log(String(Symbol("q")), String(12.5), new String("ab").length, typeof new String("x"), String.prototype.toString.call(new String("w")));
try { "a".repeat(-1) } catch (e) { console.log(e.name, e.message) }
try { String.prototype.trim.call(null) } catch (e) { console.log(e.name, e.message) }
console.log("abc".match(/b/).index, "a1b2".replace(/\d/g, "#"), "a,b".split(/,/), "abc".search(/c/), [..."a1b2".matchAll(/\d/g)].map(m => m[0]));
console.log(["b", "a", "C", "á"].sort((x, y) => x.localeCompare(y)));
