let i = 0, log = [];
loop1: while (true) {
  i++;
  let j = 0;
  while (true) {
    j++;
    if (j === 2) continue loop1;
    if (i === 3) break loop1;
    log.push(i + "." + j);
  }
}
console.log(log.join(" "), i);

// expect: 1.1 2.1 3
