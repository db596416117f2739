console.log(typeof fe);
try { fe(); } catch (e) { console.log(e.name + ": " + e.message); }
var fe = function () { return 1; };
console.log(fe());

// expect: undefined
// expect: TypeError: fe is not a function
// expect: 1
