const arrow = () => typeof this;
console.log(arrow.call({ a: 1 }));
const obj = {
  m() { const a = () => this; return a.call({ other: true }) === this; },
};
console.log(obj.m());

// expect: object
// expect: true
