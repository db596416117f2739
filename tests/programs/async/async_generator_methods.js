async function* g() {
  const x = yield "first";
  console.log("got", x);
  yield "second";
}
const it = g();
it.next().then(r => console.log(JSON.stringify(r)));
it.next("X").then(r => console.log(JSON.stringify(r)));
it.next().then(r => console.log(JSON.stringify(r)));

// expect: got X
// expect: {"value":"first","done":false}
// expect: {"value":"second","done":false}
// expect: {"done":true}
