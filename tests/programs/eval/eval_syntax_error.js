try {
  eval("let = ;");
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}

// expect: SyntaxError true
