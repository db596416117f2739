console.log(f());
function f() { return 1; }
function f() { return 2; }

// expect: 2
