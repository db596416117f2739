class S {
  static who() { return this.name; }
  static make() { return new this(); }
}
class T extends S {}
console.log(S.who(), T.who(), T.make() instanceof T);

// expect: S T true
