class Base {}
class Derived extends Base {
  constructor() { return { custom: true }; }
}
console.log(JSON.stringify(new Derived()));

// expect: {"custom":true}
