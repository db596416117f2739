const fns = [];
for (let i = 0; i < 3; i++) {
  function show() { return "i=" + i; }
  fns.push(show);
}
console.log(fns.map(f => f()).join(" "), fns[0] === fns[1]);

// expect: i=0 i=1 i=2 false
