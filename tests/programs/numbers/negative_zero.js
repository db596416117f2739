console.log(String(-0), (-0).toString(), `${-0}`, JSON.stringify(-0), [-0].join());
console.log(Object.is(-0, 0), -0 === 0, 1 / -0, Math.sign(-0), Object.is(Math.round(-0.4), -0));
console.log([-0].includes(0), [-0].indexOf(0), new Set([-0, 0]).size);

// expect: 0 0 0 0 0
// expect: false true -Infinity -0 true
// expect: true 0 1
