// The closure created in the body sees its own iteration's binding, updated before the copy.
const fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(() => i);
  fns.push(() => { i += 10; return i; });
}
console.log(fns.map(f => f()).join(","));

// expect: 0,10,1,11,2,12
