let x = "outer";
{
  try {
    console.log(x);
  } catch (e) {
    console.log("inner tdz:", e.message);
  }
  let x = "inner";
  console.log(x);
}
console.log(x);

// expect: inner tdz: Cannot access 'x' before initialization
// expect: inner
// expect: outer
