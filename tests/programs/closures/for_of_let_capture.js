const fns = [];
for (const name of ["a", "b", "c"]) {
  fns.push(() => name.toUpperCase());
}
console.log(fns.map(f => f()).join(""));

// expect: ABC
