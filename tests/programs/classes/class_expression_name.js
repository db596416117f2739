const K = class Inner {
  who() { return Inner.name; }
};
console.log(K.name, new K().who(), typeof Inner);
const Anon = class {};
console.log(Anon.name);

// expect: Inner Inner undefined
// expect: Anon
