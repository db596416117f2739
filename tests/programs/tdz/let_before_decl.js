console.log("start");
console.log(x);
let x = 1;

// expect: start
// expect-error: ReferenceError: Cannot access 'x' before initialization
