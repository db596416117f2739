function* g() {
  const x = yield 1 + 1;
  const y = (yield) || "default";
  yield [x, y].join("/");
}
const it = g();
console.log(it.next().value, it.next("X").value, it.next().value);

// expect: 2 undefined X/default
