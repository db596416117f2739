const counters = Array.from({ length: 5 }, (_, i) => {
  let n = i * 10;
  return { inc: () => ++n };
});
counters[0].inc(); counters[4].inc(); counters[4].inc();
console.log(counters.map(c => c.inc()).join(","));

// expect: 2,11,21,31,43
