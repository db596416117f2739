console.log(typeof dup);
var dup = 1;
function dup() {}
console.log(typeof dup);

// expect: function
// expect: number
