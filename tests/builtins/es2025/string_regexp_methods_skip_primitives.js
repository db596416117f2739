// 22.1.3 String.prototype.{match,matchAll,replace,replaceAll,search,split} step 2 (ES2025):
// the @@match/@@matchAll/@@replace/@@search/@@split method is looked up only when the argument
// is an Object, so a getter on Number.prototype / String.prototype is never called.
const names = [Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
for (const proto of [Number.prototype, String.prototype, Boolean.prototype]) {
  for (const symbol of names) {
    Object.defineProperty(proto, symbol, { get() { throw new Error("looked up " + String(symbol)); }, configurable: true });
  }
}
console.log("a1b1c".split(1).join("|"), "a1b".replace(1, "-"), "a1b1".replaceAll(1, "-"), "xa1".search(1));
console.log(JSON.stringify("a1b".match(1)), [..."1a1".matchAll("1")].length, "atrueb".split(true).join("|"));
// An object argument still has its method used.
console.log("abc".split({ [Symbol.split]: () => "custom" }));
// expect: a|b|c a-b a-b- 2
// expect: ["1"] 2 a|b
// expect: custom
