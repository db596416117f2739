const log = [];
const iterable = {
  [Symbol.iterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: i > 3 }), return: () => { log.push("return"); return {}; } };
  },
};
outer: for (const a of [1, 2]) {
  for (const b of iterable) {
    if (b === 1) continue outer;
    log.push(`${a}${b}`);
  }
}
console.log(log.join(" "));

// expect: 10 return 20 return
