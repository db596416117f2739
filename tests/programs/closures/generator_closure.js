function* idGen(prefix) {
  let id = 0;
  while (true) yield prefix + (++id);
}
const ids = idGen("u");
const next = () => ids.next().value;
console.log(next(), next(), next());

// expect: u1 u2 u3
