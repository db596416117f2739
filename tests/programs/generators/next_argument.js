function* conv() {
  const a = yield "first";
  const b = yield a * 2;
  return a + b;
}
const g = conv();
console.log(g.next("ignored").value, g.next(5).value, g.next(7).value);

// expect: first 10 12
