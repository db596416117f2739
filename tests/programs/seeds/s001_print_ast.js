// Seed 001: the d8 --print-ast example; multi's body is parsed lazily at its first call.
var top = 1;
function multi(a) {
    return a * 10;
}
console.log(multi(top));
console.log(multi(4.5));

// expect: 10
// expect: 45
