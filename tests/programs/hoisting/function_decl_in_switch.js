function f(k) {
  switch (k) {
    case 1:
      return g();
    case 2:
      function g() { return "g from case 2"; }
  }
}
console.log(f(1));

// expect: g from case 2
