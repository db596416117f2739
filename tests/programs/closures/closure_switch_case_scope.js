function pick(k) {
  switch (k) {
    case 1: {
      let v = "one";
      return () => v;
    }
    default: {
      let v = "other";
      return () => v;
    }
  }
}
console.log(pick(1)(), pick(2)());

// expect: one other
