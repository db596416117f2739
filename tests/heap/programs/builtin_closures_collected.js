// Built-in closures (promise resolving functions, Proxy.revocable's revoke, bound functions)
// and what they capture are collected like any object: no engine-wide table keeps them.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
(function () {
  let resolveFn;
  new Promise((resolve) => { resolveFn = resolve; });
  registry.register(resolveFn, 'resolve function');
  const { proxy, revoke } = Proxy.revocable({}, {});
  registry.register(proxy, 'revocable proxy');
  registry.register(revoke, 'revoke function');
  registry.register(function f() {}.bind(null), 'bound function');
})();
gc();
console.log('collected in a later task');
