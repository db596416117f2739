const o = { notFn: 1 };
try { o.notFn?.(); } catch (e) { console.log(e.name + ": " + e.message); }

// expect: TypeError: o.notFn is not a function
