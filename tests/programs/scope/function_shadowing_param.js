const v = "global";
function f(v) {
  {
    const v = "block";
    console.log(v);
  }
  return v;
}
console.log(f("param"));

// expect: block
// expect: param
