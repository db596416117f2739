function pair() {
  let v = 0;
  return [() => v, (x) => { v = x; }];
}
const [get, set] = pair();
console.log(get());
set(42);
console.log(get());
set("changed");
console.log(get());

// expect: 0
// expect: 42
// expect: changed
