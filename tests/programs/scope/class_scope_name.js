let Outer = "before";
class Outer2 {
  static who() { return Outer2.name; }
}
const Ref = Outer2;
console.log(Ref.who(), Outer);

// expect: Outer2 before
