outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1 && i === 1) break outer;
    console.log(i, j);
  }
}

// expect: 0 0
// expect: 0 1
// expect: 0 2
// expect: 1 0
