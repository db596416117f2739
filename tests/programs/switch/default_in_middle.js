function f(x) {
  const out = [];
  switch (x) {
    case 1: out.push(1);
    default: out.push("d");
    case 2: out.push(2);
  }
  return out.join();
}
console.log(f(1), f(2), f(5));

// expect: 1,d,2 2 d,2
