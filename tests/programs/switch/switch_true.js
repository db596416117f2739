function grade(s) {
  switch (true) {
    case s >= 90: return "A";
    case s >= 80: return "B";
    default: return "F";
  }
}
console.log(grade(95), grade(85), grade(10));

// expect: A B F
