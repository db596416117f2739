// Seed 001 "How V8 Implements JavaScript Closures": the running example.
function multi() {
    var a = 10;
    return function inner() {
        return a * 10;
    }
}
const p = multi();
console.log(p());
console.log(p.name, typeof p);

// expect: 100
// expect: inner function
