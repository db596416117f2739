function Person(name) {
  let secret = name.length;
  this.getName = function () { return name; };
  this.rename = function (n) { name = n; secret = n.length; };
  this.secret = function () { return secret; };
}
const p = new Person("Ada");
console.log(p.getName(), p.secret(), p.name);
p.rename("Grace");
console.log(p.getName(), p.secret());

// expect: Ada 3 undefined
// expect: Grace 5
