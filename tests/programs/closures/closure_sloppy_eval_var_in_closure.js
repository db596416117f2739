function outer() {
  eval("var dyn = 'from eval'");
  return () => dyn;
}
console.log(outer()());

// expect: from eval
