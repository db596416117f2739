const o = {
  m() { return eval("this") === o; },
  arrow() { return (() => eval("this.tag"))(); },
  tag: "T",
};
console.log(o.m(), o.arrow());

// expect: true T
