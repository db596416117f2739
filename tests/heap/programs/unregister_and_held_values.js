// unregister() prevents the callback; the registry keeps held values alive; a dead registry
// runs no callbacks.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held.label));
const token = {};
(function () {
  registry.register({}, { label: 'kept' });
  registry.register({}, { label: 'unregistered' }, token);
  const lost = new FinalizationRegistry(() => console.log('never: the registry died too'));
  lost.register({}, 'x');
})();
console.log('unregister:', registry.unregister(token));
gc();
setTimeout(() => { gc(); console.log('done'); }, 0);
