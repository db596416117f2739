const outer = { x: "outer x", y: "outer y" };
const inner = { x: "inner x" };
with (outer) {
  with (inner) {
    console.log(x, y);
  }
}

// expect: inner x outer y
