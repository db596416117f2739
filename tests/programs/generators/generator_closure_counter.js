function makeIds() {
  let calls = 0;
  function* ids() { while (true) { calls++; yield calls; } }
  return { ids: ids(), calls: () => calls };
}
const m = makeIds();
m.ids.next(); m.ids.next();
console.log(m.calls(), m.ids.next().value);

// expect: 2 3
