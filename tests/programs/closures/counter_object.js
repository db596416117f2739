function counter(start, step) {
  let value = start;
  return {
    inc() { value += step; return this; },
    dec() { value -= step; return this; },
    get value() { return value; },
  };
}
const c = counter(10, 3);
console.log(c.inc().inc().dec().value);
console.log(c.value);

// expect: 13
// expect: 13
