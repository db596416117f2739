// Closure factories and currying: one context per factory call, closures sharing it.
function makeCounter(start) {
  var count = start;
  return {
    inc: function () { count += 1; return count; },
    get: function () { return count; }
  };
}
function curry3(a) { return function (b) { return function (c) { return a * 100 + b * 10 + c; }; }; }
function compose(f, g) { return function (x) { return f(g(x)); }; }
var total = 0;
var twice = compose(function (x) { return x * 2; }, function (x) { return x + 1; });
for (var i = 0; i < 20000; i++) {
  var counter = makeCounter(i % 7);
  counter.inc();
  counter.inc();
  total += counter.get() + curry3(i % 3)(i % 5)(i % 9) + twice(i % 11);
}
console.log(total);
