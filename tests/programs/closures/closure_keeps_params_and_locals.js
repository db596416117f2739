function outer(p1, p2) {
  var local = p1 + p2;
  let blockScoped = local * 2;
  return {
    read: () => [p1, p2, local, blockScoped].join(","),
    bump: () => { p1++; local += 10; blockScoped = -1; },
  };
}
const o = outer(1, 2);
o.bump();
console.log(o.read());

// expect: 2,2,13,-1
