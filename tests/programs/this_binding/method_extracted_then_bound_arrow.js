class Counter {
  count = 0;
  inc = () => ++this.count;
  dec() { return --this.count; }
}
const c = new Counter();
const { inc, dec } = c;
inc(); inc();
try { dec(); } catch (e) { console.log(e.constructor.name); }
console.log(c.count);

// expect: TypeError
// expect: 2
