function* inner() { yield "a"; yield "b"; return "inner done"; }
function* outer() {
  const r = yield* inner();
  yield r;
  yield* [1, 2];
  yield* "xy";
}
console.log([...outer()].join(","));

// expect: a,b,inner done,1,2,x,y
