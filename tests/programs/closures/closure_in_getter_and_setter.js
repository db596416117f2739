function temperature() {
  let celsius = 0;
  const history = [];
  return {
    get f() { return celsius * 9 / 5 + 32; },
    set f(v) { history.push(v); celsius = (v - 32) * 5 / 9; },
    history: () => history.join("|"),
  };
}
const t = temperature();
t.f = 212; t.f = 32;
console.log(t.f, t.history());

// expect: 32 212|32
