const name = "world", n = 3;
console.log(`hello ${name}!`, `${n} + ${n} = ${n + n}`, `nested ${`inner ${n}`}`);
console.log(`multi
line`);

// expect: hello world! 3 + 3 = 6 nested inner 3
// expect: multi
// expect: line
