const a = [3, 1, 2];
console.log(a.toSorted().join(), a.toReversed().join(), a.with(0, 9).join(), a.toSpliced(0, 1).join(), a.join());

// expect: 1,2,3 2,1,3 9,1,2 1,2 3,1,2
