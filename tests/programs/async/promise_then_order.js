console.log("1 sync");
Promise.resolve().then(() => console.log("3 microtask"));
queueMicrotask(() => console.log("4 queueMicrotask"));
setTimeout(() => console.log("5 macrotask"), 0);
console.log("2 sync");

// expect: 1 sync
// expect: 2 sync
// expect: 3 microtask
// expect: 4 queueMicrotask
// expect: 5 macrotask
