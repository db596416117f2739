function outer() {
  const f = () => arguments[0] + arguments.length;
  return f("ignored", "x");
}
console.log(outer(10, 20, 30));

// expect: 13
