function collector() {
  const seen = [];
  return {
    push: (x) => seen.push(x),
    flush: () => { const r = seen.join("|"); seen.length = 0; return r; },
  };
}
const c = collector();
c.push("a"); c.push("b");
console.log(c.flush());
console.log(c.flush() === "");

// expect: a|b
// expect: true
