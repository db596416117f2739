const a = [3, 1, 2];
a.push(4);
console.log(a.length, a.join("-"), a.indexOf(2), a.includes(5), a.at(-1));
a.length = 2;
console.log(a.join(), a[5], a.length);
a[5] = "x";
console.log(a.length, a.join());

// expect: 4 3-1-2-4 2 false 4
// expect: 3,1 undefined 2
// expect: 6 3,1,,,,x
