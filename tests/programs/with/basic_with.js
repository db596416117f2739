const o = { a: 1, b: 2 };
with (o) {
  console.log(a + b);
  a = 10;
}
console.log(o.a);

// expect: 3
// expect: 10
