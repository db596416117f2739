function f() { implicitGlobal = "created"; }
f();
console.log(implicitGlobal, Object.hasOwn(globalThis, "implicitGlobal"));

// expect: created true
