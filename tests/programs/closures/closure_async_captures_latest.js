let value = "initial";
async function read() {
  await null;
  return value;
}
const p = read();
value = "updated before resume";
p.then(v => console.log(v));

// expect: updated before resume
