const fns = [];
for (let k in { x: 1, y: 2, z: 3 }) {
  fns.push(() => k);
}
console.log(fns.map(f => f()).join("-"));

// expect: x-y-z
