function make(obj) {
  with (obj) {
    return function () { return x; };
  }
}
const o = { x: 1 };
const f = make(o);
console.log(f());
o.x = 2;
console.log(f());
delete o.x;
var x = "global x";
console.log(f());

// expect: 1
// expect: 2
// expect: global x
