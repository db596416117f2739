const a = [1, 2, 3, 4, 5];
console.log(a.map(x => x * 2).join(), a.filter(x => x % 2).join(), a.reduce((s, x) => s + x), a.reduceRight((s, x) => s + x, ""));
console.log(a.find(x => x > 2), a.findIndex(x => x > 2), a.findLast(x => x < 4), a.findLastIndex(x => x > 10), a.some(x => x > 4), a.every(x => x > 0));
console.log([[1, 2], [3, [4, [5]]]].flat().length, [[1, 2], [3, [4, [5]]]].flat(Infinity).join(), [1, 2].flatMap(x => [x, x * 10]).join());

// expect: 2,4,6,8,10 1,3,5 15 54321
// expect: 3 2 3 -1 true true
// expect: 4 1,2,3,4,5 1,10,2,20
