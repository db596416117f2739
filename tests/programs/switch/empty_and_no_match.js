switch (1) {}
switch (2) { case 1: console.log("no"); }
console.log("ok");

// expect: ok
