const f = Object.freeze({ a: { nested: 1 } });
f.a.nested = 2;
f.b = 1;
const s = Object.seal({ x: 1 });
s.x = 2; s.y = 3; delete s.x;
const p = Object.preventExtensions({ k: 1 });
p.j = 1; delete p.k;
console.log(f.a.nested, f.b, s.x, s.y, Object.keys(p).length, Object.isFrozen(f), Object.isSealed(s), Object.isExtensible(p));

// expect: 2 undefined 2 undefined 0 true true false
