for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log("var", i), 0);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log("let", j), 0);
}
console.log("sync done");

// expect: sync done
// expect: var 3
// expect: var 3
// expect: var 3
// expect: let 0
// expect: let 1
// expect: let 2
