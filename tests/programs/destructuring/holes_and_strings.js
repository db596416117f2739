const [, , third] = [1, 2, 3];
const { length } = "hello";
const { 0: firstChar } = "xyz";
console.log(third, length, firstChar);

// expect: 3 5 x
