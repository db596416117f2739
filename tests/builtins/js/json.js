for (const t of ['{', '', '{"a":}', '[1,]', 'tru', '1 2', '"\\x"', '"a\nb"', '"abc', '[1', '{"a" 1}', '{"a":1 "b"}', 'NaN', '01', '-', '1.', '1e', '{"a":1,}', '[', 'nul', '"\\u12"', ' ', '{,}', 'undefined', '{"a":1}x', '[1,2', '"\t"', "{'a':1}", '1.5e+', '-x', '[1 2]', 'true false']) {
  try { JSON.parse(t); console.log("ok", JSON.stringify(t)) } catch (e) { console.log(JSON.stringify(t), "->", e.message) }
}
const a = {x: {y: {}}}; a.x.y.z = a;
try { JSON.stringify(a) } catch (e) { console.log(e.message) }
const b = [1]; b.push(b);
try { JSON.stringify(b) } catch (e) { console.log(e.message) }
class K { constructor() { this.self = this } }
try { JSON.stringify(new K) } catch (e) { console.log(e.message) }
const c = {}; c.c = c; try { JSON.stringify(c) } catch (e) { console.log(e.message) }
const d = Object.create(null); d.q = {r: d}; try { JSON.stringify(d) } catch (e) { console.log(e.message) }
const e2 = [[{}]]; e2[0][0].back = e2; try { JSON.stringify(e2) } catch (e) { console.log(e.message) }
try { JSON.stringify(1n) } catch (e) { console.log(e.message) }
console.log(JSON.stringify({ a: [1, "x", null, undefined, () => 1, Symbol("s")], b: undefined, c: NaN, d: -0, e: 1e21, f: "\u2028\ud800\"\\\n\x01", g: { toJSON() { return "1970-01-01T00:00:00.000Z" } }, h: { toJSON(k) { return "K" + k } } }));
console.log(JSON.stringify([new Number(3), new String("s"), new Boolean(false), Object(1n) === 1 ? 0 : 1]));
console.log(JSON.stringify({ a: 1, b: [1, 2, { c: [] }], d: {} }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ["a", "c", 1]), JSON.stringify([1, 2], null, "--"), JSON.stringify({ x: 1 }, null, 20));
console.log(JSON.stringify({ a: 1, b: "2" }, (k, v) => typeof v === "number" ? v * 10 : v), JSON.stringify(undefined), JSON.stringify(function () { }), JSON.stringify("😀\udc00"));
console.log(JSON.parse('{"b":1,"a":[1,2,{"c":null}],"2":true,"1":false}'), JSON.parse(' [1e3, -0.5, "\\u00e9\\ud83d\\ude00", "😀"] '));
console.log(JSON.parse('{"a":1,"b":{"c":2}}', function (k, v) { return typeof v === "number" ? v + 100 : v }));
console.log(JSON.parse('[1,2,3]', (k, v) => k === "1" ? undefined : v), JSON.parse('"x"'), JSON.parse("1E400"), JSON.parse('{"__proto__":1}').__proto__, JSON.parse('{"a":1,"a":2}'));
console.log(String(JSON), Object.getOwnPropertyNames(JSON), JSON.stringify({ [Symbol("a")]: 1, k: 2 }));
const long = '{"aaaaaaaaaaaaaaaaaaaaaaaa": x}'; try { JSON.parse(long) } catch (e) { console.log(e.message) }
try { JSON.parse('{"a": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": x }') } catch (e) { console.log(e.message) }
try { JSON.parse('x{"a": 1, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": 1 }') } catch (e) { console.log(e.name, e.message) }
