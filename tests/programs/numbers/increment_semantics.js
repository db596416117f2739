let a = "5";
a++;
let b = "5";
b += 1;
let c = null;
c++;
let d;
d++;
console.log(a, typeof a, b, c, d);

// expect: 6 number 51 1 NaN
