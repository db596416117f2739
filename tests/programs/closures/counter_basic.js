function makeCounter() {
  let n = 0;
  return () => ++n;
}
const c = makeCounter();
console.log(c(), c(), c());
const d = makeCounter();
console.log(d(), c());

// expect: 1 2 3
// expect: 1 4
