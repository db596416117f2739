// Legacy own 'arguments' and 'caller' of sloppy ordinary functions, as V8 has them: computed at
// each read, non-writable, non-configurable; none on strict functions, arrows, methods, classes.
function f() { return [f.caller === g ? 'g' : f.caller, f.arguments && Array.from(f.arguments)]; }
function g() { return f(1, 2); }
function s() { 'use strict'; return f(3); }
console.log(g(), s());
console.log(f.caller, f.arguments);
console.log(Object.getOwnPropertyNames(function () {}), Object.getOwnPropertyNames(() => 1),
  Object.getOwnPropertyNames(function* () {}), Object.getOwnPropertyNames(class {}),
  Object.getOwnPropertyNames({ m() {} }.m), Object.getOwnPropertyNames(Function('return 1')));
console.log(Object.getOwnPropertyDescriptor(f, 'caller'), Object.getOwnPropertyDescriptor(f, 'arguments'));
f.caller = 5; f.arguments = 6; console.log(f.caller, f.arguments, delete f.caller, 'caller' in f);
function r(n) { return n ? r(n - 1) : [r.arguments[0], r.caller === r]; }
console.log(r(2));
console.log(Object.isFrozen(Object.freeze(function () {})));
const h = function () { return Object.prototype.toString.call(h.arguments); }; console.log(h('x'));
(function () { 'use strict';
var fn = Function('return 1');
try { fn.caller = 1; } catch (e) { console.log(e.constructor.name); }
try { Object.defineProperty(fn, 'caller', { value: 2 }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.defineProperty(fn, 'caller', { value: null }) === fn, fn.caller); })();
// a function called by a built-in (map) has no revealed caller; one JS frame up it does
[1].map(function m() { console.log(m.caller === null, m.arguments.length); });
function outer() { return inner(); } function inner() { return inner.caller === outer; }
console.log(outer(), [0].map(function () { return outer(); })[0]);
function wrap() { return [1].map(function m() { return m.caller === null; })[0]; }
console.log(wrap());
