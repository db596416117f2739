let calls = 0;
const obj = { set x(v) { calls++; }, get x() { return 1; } };
obj.x ||= 5;
obj.x &&= 6;
obj.x ??= 7;
console.log(calls);

// expect: 1
