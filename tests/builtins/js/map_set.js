const m = new Map([[1, "a"], ["1", "b"], [true, "c"], [NaN, "n"], [-0, "z"]]);
console.log(m, m.size, m.get(1), m.get("1"), m.get(true), m.get(NaN), m.get(0), m.has(-0), [...m.keys()]);
m.set(1, "A").set({}, 2); m.delete("1"); console.log([...m.entries()], m.size);
const s = new Set([1, 1, 2, NaN, NaN, -0, 0, "1", true]);
console.log(s, s.size, s.has(0), s.has(NaN), [...s], [...s.entries()].length, Object.is([...s][3], 0));
const live = new Set([1, 2, 3]); const seen = [];
for (const x of live) { seen.push(x); if (x === 1) { live.delete(2); live.add(4); } }
console.log(seen, [...live]);
const mm = new Map([["a", 1], ["b", 2]]); const got = [];
mm.forEach((v, k, map) => { got.push(k + v); if (k === "a") { map.delete("b"); map.set("c", 3); } }); console.log(got);
const it = new Set([1, 2]).values(); console.log(it.next(), it.next(), it.next(), it.next(), String(it), Object.prototype.toString.call(new Map().entries()));
const big = new Map(); for (let i = 0; i < 200; i++) big.set(i, i);
const bit = big.keys(); bit.next(); for (let i = 0; i < 150; i++) big.delete(i); console.log(bit.next().value, big.size);
const cl = new Set([1, 2, 3]); const cit = cl.values(); cit.next(); cl.clear(); cl.add(9); console.log(cit.next(), cl.size);
console.log(Map.prototype[Symbol.iterator] === Map.prototype.entries, Set.prototype.keys === Set.prototype.values, Map[Symbol.species] === Map);
try { Map() } catch (e) { console.log(e.message) }
try { new Map([1]) } catch (e) { console.log(e.message) }
try { Map.prototype.get.call({}, 1) } catch (e) { console.log(e.message) }
try { new Set(5) } catch (e) { console.log(e.message) }
class MySet extends Set { add(v) { return super.add(v * 2); } }
console.log([...new MySet([1, 2])], new MySet() instanceof Set);
// node 20 predates the ES2025 set methods (tested in tests/builtins/es2025/): leave them out.
const ES2025_SET = ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom'];
console.log(Object.getOwnPropertyNames(Map.prototype), Object.getOwnPropertyNames(Set.prototype).filter(k => !ES2025_SET.includes(k)));
