// An object kept only by a cycle that runs through a closure's context is collected by gc(),
// and its FinalizationRegistry callback runs in a later task.
const registry = new FinalizationRegistry((held) => console.log('cleanup', held));
function makeCycle(name) {
  const node = { name };
  node.get = () => node;           // node -> closure -> context -> node
  registry.register(node, name);
  return new WeakRef(node);
}
const refs = [makeCycle('a'), makeCycle('b')];
console.log('before gc:', refs.map((r) => r.deref().name).join(','));
gc();
console.log('after gc, same job:', refs.map((r) => typeof r.deref()).join(','));
setTimeout(() => {
  gc();
  console.log('later:', refs.map((r) => typeof r.deref()).join(','));
}, 0);
