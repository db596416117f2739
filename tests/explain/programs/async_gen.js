function* gen() {
  yield 1;
}
const it = gen();
it.next();
async function later(p) {
  const v = await p;
  return v + 1;
}
later(Promise.resolve(1)).then(function done(v) { console.log(v); });
