console.log(0 == "", 0 == "0", "" == "0", false == "false", false == "0", [] == false, [0] == false, [1] == 1);
console.log(null == false, undefined == 0, NaN == NaN, ({}) == "[object Object]", "1" == 1n, 1n == 1);

// expect: true true false false true true true true
// expect: false false false true true true
