// Reads and writes of global var/function bindings from hot functions: the bindings are
// non-configurable global object properties, so engines may cache where they live; every
// change the spec allows must still be seen.
var count = 0;
function read() { return count; }
function bump() { count = count + 1; }
for (var i = 0; i < 300; i++) { bump(); read(); }
console.log(read(), count);

// writable: false is allowed on a non-configurable property; later writes are ignored
// (sloppy) or throw (strict)
Object.defineProperty(globalThis, "count", { writable: false });
bump();
console.log(read());
function strictBump() { "use strict"; count = 1; }
try { strictBump(); } catch (e) { console.log(e.constructor.name, e.message); }

// it cannot become an accessor or be deleted
try {
  Object.defineProperty(globalThis, "count", { get: function () { return 7; } });
} catch (e) { console.log(e.constructor.name); }
console.log(delete globalThis.count, read());

// a function declaration is a binding too
function helper() { return "first"; }
function callHelper() { return helper(); }
for (var j = 0; j < 300; j++) callHelper();
helper = function () { return "second"; };
console.log(callHelper());

// configurable globals (a plain property, an eval var) can go away
globalThis.loose = 1;
var fromEval = eval("var evalVar = 2; evalVar");
function readLoose() { return loose + evalVar; }
for (var k = 0; k < 300; k++) readLoose();
console.log(readLoose(), fromEval);
delete globalThis.evalVar;
try { readLoose(); } catch (e) { console.log(e.constructor.name, e.message); }
globalThis.evalVar = 40;
console.log(readLoose());
Object.defineProperty(globalThis, "loose", { get: function () { return 100; }, configurable: true });
console.log(readLoose());

// expect: 300 300
// expect: 300
// expect: TypeError Cannot assign to read only property 'count' of object '#<Object>'
// expect: TypeError
// expect: false 300
// expect: second
// expect: 3 2
// expect: ReferenceError evalVar is not defined
// expect: 41
// expect: 140
