function Legacy(v) { this.v = v; }
Legacy.prototype.get = function () { return this.v; };
class Modern extends Legacy {
  constructor() { super("from legacy"); }
}
console.log(new Modern().get());

// expect: from legacy
