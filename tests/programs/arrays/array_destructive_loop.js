const queue = [1, 2, 3];
const seen = [];
while (queue.length) {
  const x = queue.shift();
  seen.push(x);
  if (x < 3) queue.push(x + 10);
}
console.log(seen.join());

// expect: 1,2,3,11,12
