const thenable = { then(res) { console.log("then called"); res("thenable value"); } };
(async () => {
  const v = await thenable;
  console.log(v);
})();
Promise.resolve().then(() => console.log("tick 1")).then(() => console.log("tick 2")).then(() => console.log("tick 3"));

// expect: then called
// expect: tick 1
// expect: thenable value
// expect: tick 2
// expect: tick 3
