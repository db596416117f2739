function f(a) {
  const setA = (v) => { a = v; };
  setA("via closure");
  return arguments[0];
}
console.log(f("original"));

// expect: via closure
