const a = [5, 1, 10, 2];
console.log(a.sort(), [...a].sort((x, y) => x - y), a.toSorted((x, y) => y - x), a);
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2].flatMap(x => [x, x * 2]));
console.log([1, 2, 3].at(-1), [1, 2, 3].with(0, 9), [1, 2, 3].toReversed(), [1, 2, 3, 4].toSpliced(1, 2, "x"));
console.log([1, 2, 3, 4].findLast(x => x % 2), [1, 2, 3, 4].findLastIndex(x => x > 10), [NaN].includes(NaN), [NaN].indexOf(NaN));
const b = [1, 2, 3, 4, 5]; console.log(b.splice(1, 2), b, b.copyWithin(0, 3), new Array(3).fill(0));
console.log([3, 2, 1].reverse(), [1, 2, 3].reduce((s, x) => s + x), [1, 2, 3].reduceRight((s, x) => s + x, ""));
console.log(Array.from({ length: 3 }, (_, i) => i * i), Array.of(1, 2), Array.isArray([]), Array.from(new Set([1, 1, 2])));
console.log([1, [2, 3]].toString(), String([null, undefined, 1]), [1, 2].join(" - "), [, 1].join());
const holes = [1, , 3]; console.log(holes, holes.map(x => x * 2), Object.keys(holes), holes.length, 1 in holes);
console.log([..."abc"].entries().next(), [...["a", "b"].keys()], [...["a", "b"].entries()]);
const cyc = [1, 2]; cyc.push(cyc); console.log(cyc.join("-"), String(cyc));
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3]); console.log(m instanceof MyArr, m.map(x => x) instanceof MyArr, m.filter(Boolean).constructor.name);
console.log([1, 2, 3].concat(4, [5, [6]]), [].concat.call(1, 2).length, [0, -0].includes(-0), [-0].indexOf(0));
const objs = [{ k: 1, v: "a" }, { k: 0, v: "b" }, { k: 1, v: "c" }, { k: 0, v: "d" }];
console.log(objs.sort((x, y) => x.k - y.k).map(o => o.v).join(""));
console.log([undefined, 3, , 1].sort(), [10, 9, 8].sort().length, ["b", undefined, "a"].sort());
try { [].reduce((x, y) => x) } catch (e) { console.log(e.name + ": " + e.message) }
try { new Array(-1) } catch (e) { console.log(e.name + ": " + e.message) }
try { [1].with(3, 0) } catch (e) { console.log(e.name + ": " + e.message) }
try { [1].map() } catch (e) { console.log(e.name + ": " + e.message) }
const arr = [1, 2, 3]; arr.length = 1; console.log(arr, arr.push(7, 8), arr.pop(), arr.shift(), arr.unshift(0), arr);
console.log(Array.prototype.slice.call({ length: 2, 0: "a", 1: "b" }), Array.prototype.map.call("ab", c => c + c));
console.log([1, 2, 3].keys().toString(), Object.prototype.toString.call([][Symbol.iterator]()));
console.log(Object.keys(Array.prototype[Symbol.unscopables]).length, [].concat.length, Array.prototype.length);
