function make(tag) {
  const big = new Array(100).fill(tag);
  return () => big.length + ":" + big[0];
}
const fs = [];
for (let i = 0; i < 50; i++) fs.push(make("t" + i));
console.log(fs[0](), fs[49]());

// expect: 100:t0 100:t49
