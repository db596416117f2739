function outer() {
  const args = arguments;
  return () => Array.prototype.slice.call(args).reverse().join(",");
}
console.log(outer(1, 2, 3)());

// expect: 3,2,1
