function* gen() {
  try { yield 1; yield 2; yield 3; }
  finally { console.log("closed"); }
}
const [x] = gen();
console.log(x);

// expect: closed
// expect: 1
