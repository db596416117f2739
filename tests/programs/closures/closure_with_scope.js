function make(o) {
  with (o) {
    return () => typeof value === "undefined" ? "missing" : value;
  }
}
const o = { value: "in object" };
const f = make(o);
console.log(f());
delete o.value;
console.log(f());

// expect: in object
// expect: missing
