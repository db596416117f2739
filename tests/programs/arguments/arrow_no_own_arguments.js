function outer() {
  const inner = () => arguments.length;
  return inner(1, 2, 3, 4);
}
console.log(outer("only"));

// expect: 1
