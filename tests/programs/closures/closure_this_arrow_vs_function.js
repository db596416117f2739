const obj = {
  name: "obj",
  arrow() { return (() => this.name)(); },
  plain() { return (function () { return typeof this; })(); },
};
console.log(obj.arrow(), obj.plain());

// expect: obj object
