function f() {
  return [Array.isArray(arguments), typeof arguments, arguments.length,
    Object.prototype.toString.call(arguments)].join(" ");
}
console.log(f(1, 2));
function g() { return Array.from(arguments).reverse().join(""); }
console.log(g("a", "b", "c"));

// expect: false object 2 [object Arguments]
// expect: cba
