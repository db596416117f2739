function read() { return v; }
try { read(); } catch (e) { console.log(e.message); }
let v = 3;
console.log(read());

// expect: Cannot access 'v' before initialization
// expect: 3
