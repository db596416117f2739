function withEval(a) {
  eval("var b = a + 1");
  return b;
}
console.log(withEval(1));
