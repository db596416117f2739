// Object.prototype.toString of a generator falls back to builtinTag "Object" (20.1.3.6); sealing an
// error seals its lazy `stack` (a lazy data property materializes before [[DefineOwnProperty]]).
var genFn = function* () {}; var gen = genFn(); var genProto = Object.getPrototypeOf(gen);
console.log(Object.prototype.toString.call(gen), Object.getOwnPropertySymbols(genProto), Object.getOwnPropertySymbols(Object.getPrototypeOf(genProto)));
Object.defineProperty(genProto, Symbol.toStringTag, { configurable: true, get: function() { return {}; } });
console.log(Object.prototype.toString.call(gen));
var e = new Error('x'); Object.seal(e); console.log(Object.isSealed(e), Object.getOwnPropertyNames(e), Object.isFrozen(Object.freeze(new TypeError('y'))));
const d = Object.getOwnPropertyDescriptor(e, 'stack'); console.log(typeof d, d && Object.keys(d));
// GeneratorFunction/AsyncFunction/AsyncGeneratorFunction.prototype.constructor: non-writable, configurable; node's key order.
for (const f of [function*(){}, async function(){}, async function*(){}]) {
  const p = Object.getPrototypeOf(f);
  console.log(Object.getOwnPropertyDescriptor(p, 'constructor'), Reflect.ownKeys(p));
}
