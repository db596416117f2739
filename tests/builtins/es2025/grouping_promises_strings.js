// 20.1.2.13 Object.groupBy, 24.1.2.1 Map.groupBy (7.3.35 GroupBy), 27.2.4.9
// Promise.withResolvers, 27.2.4.8 Promise.try, 22.2.5.1 RegExp.escape, 21.3.2.18 Math.f16round,
// 22.1.3.10 / 22.1.3.31 String.prototype.isWellFormed / toWellFormed.
const g = Object.groupBy([1, 2, 3, 4, 5], (x, i) => x % 2 ? 'odd' : 'even');
console.log(Object.getPrototypeOf(g), JSON.stringify(g));
const mg = Map.groupBy([1, -0, 0, NaN, NaN, true], x => x);
console.log([...mg.keys()].map(String).join(), mg.get(0).length, mg.get(NaN).length);
try { Object.groupBy(null, x => x); } catch (e) { console.log(e.constructor.name); }
try { Object.groupBy([], 1); } catch (e) { console.log(e.constructor.name); }
const { promise, resolve } = Promise.withResolvers();
promise.then(v => console.log('resolved', v));
resolve(42);
Promise.try((x, y) => x + y, 1, 2).then(v => console.log('try', v));
Promise.try(() => { throw new Error('boom'); }).catch(e => console.log('caught', e.message));
console.log(RegExp.escape('foo.bar'), RegExp.escape('1a b-c'), RegExp.escape('(x)/y'));
console.log(JSON.stringify(RegExp.escape('\u2028\ud800x')), RegExp.escape('_$'));
try { RegExp.escape(1); } catch (e) { console.log(e.constructor.name); }
console.log(Math.f16round(5.5), Math.f16round(5.05), Math.f16round(65520), Math.f16round(65519.99),
            Object.is(Math.f16round(-0), -0), Math.f16round(1e-8), Math.f16round(2 ** -24));
console.log('ab\ud800'.isWellFormed(), 'ab\ud83d\ude00'.isWellFormed(),
            JSON.stringify('ab\ud800c'.toWellFormed()));
// expect: null {"odd":[1,3,5],"even":[2,4]}
// expect: 1,0,NaN,true 2 2
// expect: TypeError
// expect: TypeError
// expect: \x66oo\.bar \x31a\x20b\x2dc \(x\)\/y
// expect: "\\u2028\\ud800x" _\$
// expect: TypeError
// expect: 5.5 5.05078125 Infinity 65504 true 0 5.960464477539063e-8
// expect: false true "ab�c"
// expect: resolved 42
// expect: try 3
// expect: caught boom
