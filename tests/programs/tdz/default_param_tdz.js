function f(a = b, b = 1) { return a + b; }
try { f(); } catch (e) { console.log(e.name, e.message); }
console.log(f(2));

// expect: ReferenceError Cannot access 'b' before initialization
// expect: 3
