const log = [];
function mk(name) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next: () => ({ value: i++, done: i > 3 }),
        return: () => { log.push("close " + name); return {}; },
      };
    },
  };
}
outer: for (const a of mk("A")) {
  for (const b of mk("B")) {
    if (b === 1) continue outer;
    log.push(a + "" + b);
  }
}
console.log(log.join(", "));

// expect: 00, close B, 10, close B, 20, close B
