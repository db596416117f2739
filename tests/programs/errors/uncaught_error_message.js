console.log("before");
function explode() { throw new RangeError("out of range: 42"); }
explode();
console.log("after");

// expect: before
// expect-error: RangeError: out of range: 42
