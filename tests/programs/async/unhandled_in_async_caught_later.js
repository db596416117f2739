async function f() { throw new Error("E"); }
const p = f();
p.catch(e => console.log("handled", e.message));
console.log("sync");

// expect: sync
// expect: handled E
