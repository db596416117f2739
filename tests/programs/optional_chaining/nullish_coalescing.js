console.log(null ?? "d", undefined ?? "d", 0 ?? "d", "" ?? "d", false ?? "d", NaN ?? "d");
let a = null;
a ??= "assigned";
let b = 0;
b ||= "or";
let c = 1;
c &&= "and";
console.log(a, b, c);

// expect: d d 0  false NaN
// expect: assigned or and
