// Seed 003: the currying example exactly as the article prints it: `const sumFn` is declared
// three times in one script, which is an early SyntaxError (nothing runs).
const sum = a => b => c => d => a + b + c + d
const sumFn = sum(1)
console.dir(sumFn) // closure {a: 1}
const sumFn = sum(1)(2)
console.dir(sumFn) // closure {b: 2} closure {a: 1}

// expect-error: SyntaxError: Identifier 'sumFn' has already been declared
