// Seed 003: getI closes over the i of the initialization block, not the per-iteration copies.
for (let i = 0, getI = () => i; i < 3; i++) {
  console.log(getI());
}

// expect: 0
// expect: 0
// expect: 0
