const resolved = Promise.resolve([1, 2]);
const pending = new Promise(() => {});
const rejected = Promise.reject(new Error("no")).catch(() => {});
console.log(resolved, pending);
resolved.then(() => console.log("after", resolved));

// expect: Promise { [ 1, 2 ] } Promise { <pending> }
// expect: after Promise { [ 1, 2 ] }
