console.log(Array.from({ length: 3 }, (_, i) => i * i).join(), Array.from("abc").join(), Array.of(7).length, Array(7).length, Array(1, 2).join());
console.log(Array.from(new Map([[1, 2]])).join(), Array.isArray(Array.prototype));

// expect: 0,1,4 a,b,c 1 7 1,2
// expect: 1,2 true
