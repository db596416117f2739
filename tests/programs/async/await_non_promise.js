(async () => {
  console.log(await 5, await "s", await undefined);
})();
console.log("first");

// expect: first
// expect: 5 s undefined
