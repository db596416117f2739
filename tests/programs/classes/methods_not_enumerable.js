class A { m() {} static s() {} }
console.log(Object.keys(A.prototype).length, Object.keys(A).length);
for (const k in new A()) console.log("enumerated", k);
console.log("done");

// expect: 0 0
// expect: done
