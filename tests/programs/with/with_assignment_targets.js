const o = { a: 1 };
var b = "global b";
with (o) {
  a = 10;
  b = "set via with";
  var c = "declared";
}
console.log(o.a, b, o.b, c, o.c);

// expect: 10 set via with undefined declared undefined
