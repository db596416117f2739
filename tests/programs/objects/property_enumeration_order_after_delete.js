const o = { a: 1, b: 2, c: 3 };
delete o.a;
o.a = 4;
o[0] = "zero";
console.log(Object.keys(o).join());

// expect: 0,b,c,a
