const it = [10, 20][Symbol.iterator]();
let r = it.next();
console.log(r.value, r.done);
r = it.next();
console.log(r.value, r.done);
r = it.next();
console.log(r.value, r.done);

// expect: 10 false
// expect: 20 false
// expect: undefined true
