// An unhandled rejection ends the program (node's default --unhandled-rejections=throw):
// the timer never fires.
console.log("a");
Promise.reject(new TypeError("rejected!"));
setTimeout(() => console.log("never"), 10);

// expect: a
// expect-error: TypeError: rejected!
