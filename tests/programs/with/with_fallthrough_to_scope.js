var outside = "outside";
const o = { inside: "inside" };
with (o) {
  console.log(inside, outside);
  var declared = "var in with";
}
console.log(declared, o.declared);

// expect: inside outside
// expect: var in with undefined
