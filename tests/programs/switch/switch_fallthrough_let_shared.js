function f(x) {
  switch (x) {
    case 0:
      let msg = "zero";
    case 1:
      msg = (x === 1 ? "one" : msg) + "!";
      return msg;
  }
}
console.log(f(0));
try { f(1); } catch (e) { console.log(e.name); }

// expect: zero!
// expect: ReferenceError
