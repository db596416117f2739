const a = [1, 2, 3, 4];
console.log(a.slice(1).join(), a.slice(-2).join(), a.slice(1, -1).join(), a.concat([5], 6, [[7]]).length);
const copy = a.slice();
copy[0] = 99;
console.log(a[0], copy[0]);

// expect: 2,3,4 3,4 2,3 7
// expect: 1 99
