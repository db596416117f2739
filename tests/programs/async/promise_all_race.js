// Promise combinators; the timers are far apart so that the order never depends on load.
const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
(async () => {
  console.log("all", (await Promise.all([delay(40, "slow"), delay(5, "fast"), 3])).join());
  console.log("race", await Promise.race([delay(60, "slow"), delay(5, "fast")]));
  console.log((await Promise.allSettled([Promise.reject(new Error("no")), 1])).map(x => x.status).join());
  console.log("any", await Promise.any([Promise.reject(1), delay(1, "any")]));
})();

// expect: all slow,fast,3
// expect: race fast
// expect: rejected,fulfilled
// expect: any any
