let calls = 0;
const def = () => { calls++; return "d"; };
const [a = def(), b = def()] = [1];
console.log(a, b, calls);

// expect: 1 d 1
