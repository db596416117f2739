class Base { constructor(...args) { this.args = args; } }
class Derived extends Base {}
console.log(new Derived(1, 2, 3).args.join("|"));

// expect: 1|2|3
