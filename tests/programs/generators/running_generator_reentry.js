let it;
function* g() {
  try { it.next(); } catch (e) { console.log(e.name + ": " + e.message); }
  yield 1;
}
it = g();
console.log(it.next().value);

// expect: TypeError: Generator is already running
// expect: 1
