function* inner() {
  try { yield 1; yield 2; } finally { console.log("inner finally"); }
}
function* outer() {
  try { yield* inner(); } finally { console.log("outer finally"); }
}
const it = outer();
it.next();
console.log(JSON.stringify(it.return("stop")));

// expect: inner finally
// expect: outer finally
// expect: {"value":"stop","done":true}
