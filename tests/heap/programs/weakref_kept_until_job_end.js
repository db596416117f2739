// WeakRef targets stay alive until the end of the current job (9.10 ClearKeptObjects runs after
// the microtask checkpoint), then a gc() in a later task collects them.
let ref;
(function () { ref = new WeakRef({ payload: 1 }); })();
gc();
console.log('same job after gc:', typeof ref.deref());
Promise.resolve().then(() => {
  gc();
  console.log('microtask of the same turn:', typeof ref.deref());
});
setTimeout(() => {
  gc();
  console.log('later task after gc:', typeof ref.deref());
}, 0);
