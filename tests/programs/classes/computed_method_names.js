const name = "dyn";
class C {
  [name + "Method"]() { return 1; }
  [Symbol.iterator]() { return [1, 2][Symbol.iterator](); }
  static ["s" + 1]() { return "s1"; }
}
console.log(new C().dynMethod(), [...new C()].join(), C.s1());

// expect: 1 1,2 s1
