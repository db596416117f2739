function* g() {}
try { new g(); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(typeof g.prototype, Object.getPrototypeOf(g()) === g.prototype);

// expect: TypeError: g is not a constructor
// expect: object true
