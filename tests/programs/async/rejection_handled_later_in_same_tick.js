// A rejection handled before the microtask checkpoint is not "unhandled".
const p = Promise.reject(new Error("late"));
Promise.resolve().then(() => p.catch(e => console.log("caught", e.message)));
console.log("sync end");

// expect: sync end
// expect: caught late
