class Counter {
  #n = 0;
  makeIncrementer() {
    return () => ++this.#n;
  }
}
const c = new Counter();
const inc = c.makeIncrementer();
inc(); inc();
console.log(inc());

// expect: 3
