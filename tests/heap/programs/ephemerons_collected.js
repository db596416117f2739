// Ephemerons: a WeakMap value that refers to its key, and a private field that refers to its
// instance, do not keep the key / instance alive; a dead WeakMap does not keep its values.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
class A { #self = this; #h = () => this; }
const liveKey = {};
(function () {
  registry.register(new A(), 'instance with private fields referring to it');
  const wm = new WeakMap();
  globalThis.wm = wm;
  const k = {};
  wm.set(k, { back: k });
  registry.register(k, 'weakmap key referred to by its value');
  const dead = new WeakMap();
  const v = {};
  dead.set(liveKey, v);
  registry.register(v, 'value of a dead WeakMap whose key lives');
})();
gc();
setTimeout(() => { gc(); console.log('done'); }, 0);
