function f(k) {
  switch (k) {
    case "a": {
      const msg = "block a";
      return msg;
    }
    case "b":
      let shared = "b";
      return shared;
    default:
      return "default";
  }
}
console.log(f("a"), f("b"), f("z"));

// expect: block a b default
