const counters = [1, 2, 3].map(step => {
  let n = 0;
  return () => (n += step);
});
counters.forEach(c => { c(); c(); });
console.log(counters.map(c => c()).join(","));

// expect: 3,6,9
