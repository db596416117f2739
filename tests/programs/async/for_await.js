async function* agen() {
  yield 1;
  await null;
  yield 2;
  yield Promise.resolve(3);
}
(async () => {
  const seen = [];
  for await (const v of agen()) seen.push(v);
  for await (const v of [Promise.resolve("a"), "b"]) seen.push(v);
  console.log(seen.join());
})();

// expect: 1,2,3,a,b
