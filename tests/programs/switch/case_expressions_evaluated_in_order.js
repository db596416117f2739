const log = [];
const c = (v) => { log.push(v); return v; };
switch (3) {
  case c(1): log.push("hit1"); break;
  case c(3): log.push("hit3"); break;
  case c(4): log.push("hit4"); break;
}
console.log(log.join());

// expect: 1,3,hit3
