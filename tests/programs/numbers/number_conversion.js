console.log(Number(""), Number(" 42 "), Number("0x10"), Number("0b101"), Number("0o17"), Number("1e3"), Number("-Infinity"));
console.log(Number(null), Number(undefined), Number(true), Number([]), Number([7]), Number([1, 2]), Number({}));
console.log(+"3.5", -"2", +" \n12\t", +"1_000", +"12abc");

// expect: 0 42 16 5 15 1000 -Infinity
// expect: 0 NaN 1 0 7 NaN NaN
// expect: 3.5 -2 12 NaN NaN
