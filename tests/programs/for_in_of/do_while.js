let i = 0;
do { i++; } while (i < 5);
console.log(i);
do console.log("runs once"); while (false);

// expect: 5
// expect: runs once
