const delay = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
Promise.all([delay(20, "slow"), delay(5, "fast"), 3]).then(v => console.log("all", v.join()));
Promise.race([delay(30, "slow"), delay(10, "fast")]).then(v => console.log("race", v));
Promise.allSettled([Promise.reject(new Error("no")), 1]).then(r => console.log(r.map(x => x.status).join()));
Promise.any([Promise.reject(1), delay(1, "any")]).then(v => console.log("any", v));

// expect: rejected,fulfilled
// expect: any any
// expect: race fast
// expect: all slow,fast,3
