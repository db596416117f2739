const { a, ...rest } = Object.create({ inherited: 1 }, { a: { value: 1, enumerable: true }, b: { value: 2, enumerable: true }, hidden: { value: 3 } });
console.log(a, Object.keys(rest).join());

// expect: 1 b
