const results = [];
(async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise(r => setTimeout(r, 1));
    results.push(() => i);
  }
  console.log(results.map(f => f()).join());
})();

// expect: 0,1,2
