function* g() {
  while (true) {
    try { yield "waiting"; }
    catch (e) { console.log("caught", e); }
  }
}
const it = g();
it.next();
console.log(it.throw("err1").value);
console.log(it.throw("err2").value);

// expect: caught err1
// expect: waiting
// expect: caught err2
// expect: waiting
