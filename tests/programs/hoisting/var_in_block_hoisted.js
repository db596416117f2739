function g() {
  console.log(inner);
  if (true) { var inner = "set"; }
  console.log(inner);
  if (false) { var never = 1; }
  console.log(never);
}
g();

// expect: undefined
// expect: set
// expect: undefined
