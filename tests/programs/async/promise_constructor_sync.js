const p = new Promise((resolve) => {
  console.log("executor runs synchronously");
  resolve("done");
  resolve("ignored");
});
p.then(v => console.log(v));
console.log("after constructor");

// expect: executor runs synchronously
// expect: after constructor
// expect: done
