function* g() { yield 1; }
const it = g();
it.next(); it.next();
console.log(JSON.stringify(it.next()), JSON.stringify(it.return(5)));
try { it.throw(new Error("after done")); } catch (e) { console.log(e.message); }

// expect: {"done":true} {"value":5,"done":true}
// expect: after done
