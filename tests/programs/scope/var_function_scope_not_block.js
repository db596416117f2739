function f() {
  {
    var fv = "function scoped";
    let bv = "block scoped";
  }
  return [fv, typeof bv].join(", ");
}
console.log(f());

// expect: function scoped, undefined
