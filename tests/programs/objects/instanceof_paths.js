// instanceof (13.10.2): the ordinary case (a function inheriting Function.prototype[@@hasInstance],
// an object prototype, ordinary prototype chains) is taken without calling the built-in;
// bound functions, own @@hasInstance, proxies on the chain (their trap runs), non-object
// prototypes (the TypeError), primitives and a function whose [[Prototype]] changed must
// behave as the spec's steps, in hot code too.
function F() {}
class A {}
class B extends A {}
function G() {}
G.prototype = Object.create(F.prototype);
var bound = F.bind(null);
var log = [];
var P = new Proxy({}, { getPrototypeOf(t) { log.push("trap"); return F.prototype; } });
var objs = [new F(), new G(), new B(), {}, Object.create(null), 1, "s", null, undefined, P, [], function () {}, new Proxy(new G(), {})];
var ctors = [F, G, A, B, bound, Object, Function, Array];
var out = [];
for (var r = 0; r < 3; r++) {
  out = [];
  for (var i = 0; i < objs.length; i++) for (var j = 0; j < ctors.length; j++) out.push(objs[i] instanceof ctors[j] ? 1 : 0);
}
console.log(out.join(""), log.length);
function H() {}
Object.defineProperty(H, Symbol.hasInstance, { value: function (v) { log.push("own"); return true; } });
console.log(1 instanceof H, log.slice(-1)[0]);
function K() {}
K.prototype = 5;
try { ({}) instanceof K; } catch (e) { console.log(e.constructor.name, e.message); }
console.log((function () {}) instanceof Function, 3 instanceof K);
try { ({}) instanceof 3; } catch (e) { console.log(e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.message); }
Object.setPrototypeOf(F, {});
try { console.log(({}) instanceof F); } catch (e) { console.log(e.message); }

// expect: 10001100110011000011010000000100000000000000000000000000000000000000000010001100000001010000011011001100 24
// expect: true own
// expect: TypeError Function has non-object prototype '5' in instanceof check
// expect: true false
// expect: Right-hand side of 'instanceof' is not an object
// expect: Right-hand side of 'instanceof' is not callable
// expect: false
