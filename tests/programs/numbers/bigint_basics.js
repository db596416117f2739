const big = 2n ** 64n;
console.log(String(big), typeof big, big + 1n, -(3n), 7n / 2n, -7n / 2n, 7n % 3n, -7n % 3n);
console.log(BigInt(9007199254740993), BigInt("123456789012345678901234567890"), 10n > 9, 5n == 5);
console.log(BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n), (255n).toString(16), 1n << 100n);

// expect: 18446744073709551616 bigint 18446744073709551617n -3n 3n -3n 1n -1n
// expect: 9007199254740992n 123456789012345678901234567890n true true
// expect: 1n -1n ff 1267650600228229401496703205376n
