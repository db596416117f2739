// 27.1.3 Iterator, Iterator.from (27.1.3.2.2), Iterator.prototype helpers (27.1.3.3.x) and
// %IteratorHelperPrototype% (27.1.2.1).
function* g() { yield 1; yield 2; yield 3; yield 4; }
console.log(g().map(x => x * 2).toArray().join(), g().filter(x => x % 2).toArray().join(),
            g().take(2).toArray().join(), g().drop(3).toArray().join());
console.log(g().flatMap(x => [x, x]).toArray().join(), g().reduce((a, b) => a + b),
            g().reduce((a, b) => a + b, 10));
console.log(g().some(x => x > 3), g().every(x => x > 3), g().find(x => x > 2), g().find(x => x > 9));
g().forEach((x, i) => console.log('each', x, i));
console.log(typeof Iterator, Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(g()))) === Iterator.prototype,
            Object.prototype.toString.call(g().map(x => x)));
const it = Iterator.from({ next() { return { value: 1, done: false }; } });
console.log(it.take(3).toArray().join(), Iterator.from([5, 6]).toArray().join(), Iterator.from('ab').toArray().join());
try { new Iterator(); } catch (e) { console.log(e.constructor.name); }
try { Iterator(); } catch (e) { console.log(e.constructor.name); }
class MyIt extends Iterator { next() { return { done: true }; } }
console.log(new MyIt().toArray().length, new MyIt() instanceof Iterator, Iterator.from(new MyIt()) instanceof MyIt);
// Argument validation closes the underlying iterator; return() of a helper closes it too.
let closed = 0;
const src = { next() { return { value: 1, done: false }; }, return() { closed++; return {}; }, __proto__: Iterator.prototype };
const m = src.map(x => x); m.next(); m.return(); console.log('closed', closed);
try { src.map(1); } catch (e) { console.log(e.constructor.name, 'closed', closed); }
try { src.take(-1); } catch (e) { console.log(e.constructor.name, 'closed', closed); }
try { src.drop(NaN); } catch (e) { console.log(e.constructor.name, 'closed', closed); }
console.log(src.some(x => x === 1), 'closed', closed);
// A helper that has not started closes the underlying iterator without running the closure.
const h = g().map(x => { throw new Error('never'); });
console.log(JSON.stringify(h.return()), JSON.stringify(h.next()));
// flatMap rejects strings (reject-primitives) but Iterator.from iterates them.
try { g().flatMap(x => 'ab').toArray(); } catch (e) { console.log(e.constructor.name); }
console.log(Iterator.prototype[Symbol.toStringTag], Iterator.prototype.constructor === Iterator);
const o = Object.create(Iterator.prototype); o[Symbol.toStringTag] = 'Mine'; o.constructor = 5;
console.log(Object.prototype.toString.call(o), Object.hasOwn(o, 'constructor'));
try { Iterator.prototype.constructor = 1; } catch (e) { console.log(e.constructor.name); }
try { Iterator.prototype.map.call(g().map(x => x), 1); } catch (e) { console.log(e.constructor.name); }
const running = g().map(x => running.next());
try { running.next(); } catch (e) { console.log(e.constructor.name); }
// expect: 2,4,6,8 1,3 1,2 4
// expect: 1,1,2,2,3,3,4,4 10 20
// expect: true false 3 undefined
// expect: each 1 0
// expect: each 2 1
// expect: each 3 2
// expect: each 4 3
// expect: function true [object Iterator Helper]
// expect: 1,1,1 5,6 a,b
// expect: TypeError
// expect: TypeError
// expect: 0 true true
// expect: closed 1
// expect: TypeError closed 2
// expect: RangeError closed 3
// expect: RangeError closed 4
// expect: true closed 5
// expect: {"done":true} {"done":true}
// expect: TypeError
// expect: Iterator true
// expect: [object Mine] true
// expect: TypeError
// expect: TypeError
// expect: TypeError
