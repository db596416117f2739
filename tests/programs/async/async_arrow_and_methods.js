const obj = {
  v: "method",
  async m() { return this.v; },
};
const arrow = async (x) => x * 2;
class C { async run() { return (await arrow(21)) + 0; } }
Promise.all([obj.m(), arrow(1), new C().run()]).then(r => console.log(r.join()));

// expect: method,2,42
