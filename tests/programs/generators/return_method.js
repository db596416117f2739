function* g() {
  try { yield 1; yield 2; }
  finally { console.log("finally runs"); }
}
const it = g();
console.log(it.next().value);
console.log(JSON.stringify(it.return("early")));
console.log(JSON.stringify(it.next()));

// expect: 1
// expect: finally runs
// expect: {"value":"early","done":true}
// expect: {"done":true}
