const o = { a: "obj a", b: "obj b", [Symbol.unscopables]: { b: true } };
var a = "global a", b = "global b";
with (o) {
  console.log(a, b);
}

// expect: obj a global b
