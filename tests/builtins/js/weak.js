const k1 = {}, k2 = {}, s1 = Symbol("s");
const wm = new WeakMap([[k1, 1]]); wm.set(k2, 2).set(s1, 3);
console.log(wm.get(k1), wm.get(k2), wm.get(s1), wm.has({}), wm.delete(k1), wm.has(k1), wm.get(1), wm.delete(1));
const ws = new WeakSet([k1]); ws.add(k2);
console.log(ws.has(k1), ws.has(k2), ws.delete(k2), ws.has(k2), ws.has(1));
const target = { a: 1 }; const wr = new WeakRef(target); console.log(wr.deref() === target, Object.prototype.toString.call(wr));
const fr = new FinalizationRegistry(() => {}); const tok = {};
console.log(fr.register(target, "held", tok), fr.unregister(tok), fr.unregister(tok), fr.unregister(k2));
for (const f of [() => new WeakMap().set(1, 1), () => new WeakSet().add(1), () => new WeakRef(1), () => new FinalizationRegistry(1), () => fr.register(1), () => fr.register(k1, k1), () => fr.unregister(1), () => WeakMap(), () => new WeakMap().set(Symbol.for("x"), 1), () => WeakMap.prototype.get.call({}, {})]) {
  try { f(); console.log("ok") } catch (e) { console.log(e.name, e.message) }
}
console.log(Object.getOwnPropertyNames(WeakMap.prototype), Object.getOwnPropertyNames(WeakSet.prototype), Object.getOwnPropertyNames(WeakRef.prototype), Object.getOwnPropertyNames(FinalizationRegistry.prototype));
