function* g() {
  try { yield 1; }
  finally { yield "cleanup"; console.log("after cleanup yield"); }
}
const it = g();
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.return("R")));
console.log(JSON.stringify(it.next()));
console.log(JSON.stringify(it.next()));

// expect: {"value":1,"done":false}
// expect: {"value":"cleanup","done":false}
// expect: after cleanup yield
// expect: {"value":"R","done":true}
// expect: {"done":true}
