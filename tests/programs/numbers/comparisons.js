console.log(1 < 2 < 3, 3 > 2 > 1, "10" < "9", 10 < "9", null >= 0, null > 0, null == 0, undefined == null);
console.log("a" < "b", "B" < "a", [2] > 1, NaN < 1, NaN >= 1);

// expect: true false true false true false false true
// expect: true true true false false
