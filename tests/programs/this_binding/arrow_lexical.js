const obj = {
  v: 42,
  later() { return [1, 2].map(() => this.v); },
  broken() { return [1, 2].map(function () { return this === undefined ? "undef" : typeof this; }); },
};
console.log(obj.later().join(), obj.broken().join());

// expect: 42,42 object,object
