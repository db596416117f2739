block: {
  console.log("in block");
  if (true) break block;
  console.log("never");
}
console.log("after block");

// expect: in block
// expect: after block
