const fns = [];
for (const msg of ["a", "b"]) {
  try {
    throw new Error(msg);
  } catch (e) {
    fns.push(() => e.message);
  } finally {
    fns.push(() => "finally " + msg);
  }
}
console.log(fns.map(f => f()).join(", "));

// expect: a, finally a, b, finally b
