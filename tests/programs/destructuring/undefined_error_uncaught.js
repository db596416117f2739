function f({ name }) { return name; }
console.log(f({ name: "ok" }));
f();

// expect: ok
// expect-error: TypeError: Cannot destructure property 'name' of 'undefined' as it is undefined.
