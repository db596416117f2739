function f() { return z; }
f();
let z = 1;

// expect-error: ReferenceError: Cannot access 'z' before initialization
