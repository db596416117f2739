function f(x) {
  switch (x) {
    case "1": return "string one";
    case 1: return "number one";
    case NaN: return "nan";
    default: return "none";
  }
}
console.log(f(1), f("1"), f(NaN), f(true));

// expect: number one string one none none
