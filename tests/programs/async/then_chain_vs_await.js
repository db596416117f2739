Promise.resolve()
  .then(() => console.log("p1"))
  .then(() => console.log("p2"))
  .then(() => console.log("p3"));
(async () => {
  await null;
  console.log("a1");
  await null;
  console.log("a2");
})();

// expect: p1
// expect: a1
// expect: p2
// expect: a2
// expect: p3
