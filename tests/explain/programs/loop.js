for (let i = 0, getI = () => i; i < 3; i++) {
  console.log(getI());
}
const fns = [];
for (let j = 0; j < 2; j++) {
  fns.push(() => j);
}
console.log(fns[0](), fns[1]());
