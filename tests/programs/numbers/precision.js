console.log(0.1 + 0.2 === 0.3, Math.abs(0.1 + 0.2 - 0.3) < Number.EPSILON);
console.log(2 ** 53, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, Number.isSafeInteger(2 ** 53));
console.log(9007199254740993, 0.1 * 3, 1.005 * 1000);

// expect: false true
// expect: 9007199254740992 9007199254740992 9007199254740991 false
// expect: 9007199254740992 0.30000000000000004 1004.9999999999999
