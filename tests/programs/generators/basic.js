function* count() {
  yield 1;
  yield 2;
  return 3;
}
const g = count();
console.log(JSON.stringify(g.next()), JSON.stringify(g.next()), JSON.stringify(g.next()), JSON.stringify(g.next()));

// expect: {"value":1,"done":false} {"value":2,"done":false} {"value":3,"done":true} {"done":true}
