const log = [];
class Base {
  b = log.push("base field");
  constructor() { log.push("base ctor"); }
}
class Derived extends Base {
  d = log.push("derived field");
  constructor() { log.push("before super"); super(); log.push("after super"); }
}
new Derived();
console.log(log.join(" > "));

// expect: before super > base field > base ctor > derived field > after super
