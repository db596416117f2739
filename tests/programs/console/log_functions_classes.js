function named() {}
const arrow = () => {};
class Animal {}
class Dog extends Animal { bark() {} }
console.log(named, arrow, Animal, Dog, async function af() {}, function* gen() {});
console.log([named, Dog.prototype.bark], { cb: () => 1 });
console.log(new Dog(), new Animal(), Object.assign(new Dog(), { name: "Rex" }));

// expect: [Function: named] [Function: arrow] [class Animal] [class Dog extends Animal] [AsyncFunction: af] [GeneratorFunction: gen]
// expect: [ [Function: named], [Function: bark] ] { cb: [Function: cb] }
// expect: Dog {} Animal {} Dog { name: 'Rex' }
