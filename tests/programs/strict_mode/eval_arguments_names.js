try {
  eval('"use strict"; var eval = 1;');
} catch (e) {
  console.log(e.name);
}
try {
  eval('"use strict"; arguments = 1;');
} catch (e) {
  console.log(e.name);
}

// expect: SyntaxError
// expect: SyntaxError
