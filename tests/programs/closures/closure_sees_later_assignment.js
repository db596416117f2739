function outer() {
  const f = () => value;
  let value = "late";
  return f;
}
console.log(outer()());

// expect: late
