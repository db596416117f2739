function make(kind) {
  switch (kind) {
    case "a": { let n = 0; return () => ++n; }
    case "b": { let n = 100; return () => --n; }
  }
  return () => "none";
}
const a = make("a"), b = make("b");
a(); a(); b();
console.log(a(), b(), make("z")());

// expect: 3 98 none
