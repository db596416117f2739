async function returnsPromise() { return Promise.resolve("inner"); }
async function returnsValue() { return "plain"; }
returnsPromise().then(v => console.log("rp", v));
returnsValue().then(v => console.log("rv", v));
Promise.resolve().then(() => console.log("t1")).then(() => console.log("t2")).then(() => console.log("t3"));

// expect: rv plain
// expect: t1
// expect: t2
// expect: rp inner
// expect: t3
