setTimeout(() => console.log("timeout 50"), 50);
setTimeout(() => console.log("timeout 0 a"), 0);
setTimeout(() => console.log("timeout 0 b"));
Promise.resolve().then(() => console.log("microtask"));
console.log("sync");

// expect: sync
// expect: microtask
// expect: timeout 0 a
// expect: timeout 0 b
// expect: timeout 50
