function make() {
  let log = [];
  function add(x) { log.push(x); }
  function show() { return log.join(" "); }
  function clear() { log = []; }
  return { add, show, clear };
}
const m = make();
m.add("a"); m.add("b");
console.log(m.show());
m.clear(); m.add("c");
console.log(m.show());

// expect: a b
// expect: c
