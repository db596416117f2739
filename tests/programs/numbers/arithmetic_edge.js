console.log(1 / 0, -1 / 0, 0 / 0, Infinity - Infinity, Infinity * 0, 5 % 0, -5 % 2, 5.5 % 2, -0 % 5);
console.log(2 ** -1, (-8) ** (1 / 3), 0 ** 0, NaN ** 0, 1 ** Infinity);

// expect: Infinity -Infinity NaN NaN NaN NaN -1 1.5 -0
// expect: 0.5 NaN 1 1 NaN
