const obj = {
  *items(...extra) { yield this.base; yield* extra; },
  base: "base",
};
console.log([...obj.items(1, 2)].join());

// expect: base,1,2
