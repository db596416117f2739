Promise.resolve().then(() => {
  console.log("outer 1");
  Promise.resolve().then(() => console.log("inner"));
}).then(() => console.log("outer 2"));
Promise.resolve().then(() => console.log("second chain"));

// expect: outer 1
// expect: second chain
// expect: inner
// expect: outer 2
