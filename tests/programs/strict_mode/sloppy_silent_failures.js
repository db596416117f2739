const o = Object.freeze({ a: 1 });
o.a = 2;
o.b = 3;
console.log(delete o.a, o.a, o.b);
const s = "str";
s.prop = 1;
console.log(s.prop);

// expect: false 1 undefined
// expect: undefined
