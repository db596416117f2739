// Sparse arrays of huge length: concat and slice visit only the present elements where that is
// unobservable (array.py _sparse_elements), and give node's results and RangeErrors.
const a = new Array(2**32-1);
try { a.concat([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([].concat(a).length);
const s = new Array(2**31); s[5] = 1; s[2**31-1] = 2; s.x = 3;
const c = s.concat([3]); console.log(c.length, Object.keys(c), c[2**31]);
try { s.concat(s); } catch (e) { console.log(e.name + ': ' + e.message); }
const m = new Array(2**22); m[5] = 1; m[2**22-2] = 2;
const sl = m.slice(3); console.log(sl.length, Object.keys(sl));
const sl2 = m.slice(-10, -1); console.log(sl2.length, Object.keys(sl2));
Array.prototype[7] = 'p';
const t = new Array(20); t[1] = 'a'; t[100000] = 'z';
console.log(Object.keys(t.concat([])), Object.keys(t.slice(0, 10)));
delete Array.prototype[7];
const g = []; g[200000] = 1; Object.defineProperty(g, 3, { get() { g[100] = 'late'; return 'g'; }, enumerable: true, configurable: true });
console.log(Object.keys(g.concat([])), Object.keys(g.slice(0, 101)));
const sp = new Array(10); sp[2] = 'x'; sp[1e6] = 'y';
const o = []; o.constructor = { [Symbol.species]: function (n) { return sp; } };
sp.constructor = { [Symbol.species]: function () { return sp; } };
const r = sp.concat(['w']); console.log(r === sp, r.length, Object.keys(r).length);
