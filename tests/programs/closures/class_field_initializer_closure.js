let counter = 0;
class Widget {
  id = ++counter;
  describe = () => `widget #${this.id}`;
  static registry = [];
  static register = (w) => { Widget.registry.push(w.id); return Widget.registry.length; };
}
const w1 = new Widget(), w2 = new Widget();
console.log(w1.describe(), w2.describe(), Widget.register(w1), Widget.register(w2), Widget.registry.join());

// expect: widget #1 widget #2 1 2 1,2
