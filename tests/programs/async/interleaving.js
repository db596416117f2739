async function task(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await undefined;
  }
}
task("A", 3);
task("B", 2);
console.log("sync end");

// expect: A 0
// expect: B 0
// expect: sync end
// expect: A 1
// expect: B 1
// expect: A 2
