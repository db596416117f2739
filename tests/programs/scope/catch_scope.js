try {
  throw new Error("e1");
} catch (err) {
  let inner = "inner";
  console.log(err.message, inner);
}
console.log(typeof err, typeof inner);

// expect: e1 inner
// expect: undefined undefined
