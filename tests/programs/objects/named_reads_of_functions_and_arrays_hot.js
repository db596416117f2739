// Named reads of functions' and arrays' properties in hot code: statics, methods found on
// prototypes of functions and arrays, Object.prototype's, and what changes them later
// (an own shadowing property, a getter on Array.prototype, a Proxy prototype, a deleted method).
function Box(v) { this.v = v; }
Box.count = 0;
Box.make = function (v) { Box.count++; return new Box(v); };
function read(a, f, o) {
  return [typeof a.push, a.length, a.tag, typeof f.call, f.count, typeof f.make,
          typeof o.hasOwnProperty, o.toString === Object.prototype.toString,
          String.fromCharCode(65 + (a.length % 26)), typeof Object.keys].join();
}
var arr = [1, 2, 3], last;
for (var i = 0; i < 300; i++) { Box.make(i); last = read(arr, Box, {}); }
console.log(last);
arr.tag = "own";                                   // an array's own named property
Box.call = function () { return "shadowed"; };    // a function's own property shadows Function.prototype.call
console.log(read(arr, Box, {}), Box.call());
Object.defineProperty(Array.prototype, "tag", { get: function () { return "getter:" + this.length; }, configurable: true });
console.log(read([9], Box, {}));
var proxied = Object.create(new Proxy({}, { get: function (t, k) { return "trap:" + String(k); } }));
console.log(read(arr, Box, proxied));
delete Box.call;
delete Array.prototype.tag;
Function.prototype.count = "inherited";
function Empty() {}
for (var j = 0; j < 300; j++) last = read([], Empty, Object.create(null));
console.log(last);
// closures of every kind made in a hot loop
var kinds = [];
for (var k = 0; k < 300; k++) {
  var plain = function () { return this === undefined ? "u" : typeof this; };
  var arrow = () => typeof this;
  var gen = function* () { yield k; };
  var asyncFn = async function () { return k; };
  var C = class { m() { return k; } };
  kinds = [plain(), plain.call(1), arrow(), gen().next().value, asyncFn() instanceof Promise,
           new C().m(), typeof plain.prototype, "prototype" in arrow, plain.name, arrow.length];
}
console.log(kinds.join());

// expect: function,3,,function,300,function,function,true,D,function
// expect: function,3,own,function,300,function,function,true,D,function shadowed
// expect: function,1,getter:1,function,300,function,function,true,B,function
// expect: function,3,own,function,300,function,string,false,D,function
// expect: function,0,,function,inherited,undefined,undefined,false,A,function
// expect: object,object,object,299,true,299,object,false,plain,0
