class A {
  #p = { q: 1 };
  get(o) { return o?.#p?.q; }
}
console.log(new A().get(new A()), new A().get(null));

// expect: 1 undefined
