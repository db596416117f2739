function* g() { try { yield 1; } catch (e) { console.log("never"); } }
const it = g();
try { it.throw(new Error("early")); } catch (e) { console.log("outside:", e.message); }
console.log(JSON.stringify(it.next()));

// expect: outside: early
// expect: {"done":true}
