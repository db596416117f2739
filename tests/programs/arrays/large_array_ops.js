const big = [];
for (let i = 0; i < 10000; i++) big.push(i);
console.log(big.length, big.reduce((a, b) => a + b, 0), big.filter(x => x % 1000 === 0).length);

// expect: 10000 49995000 10
