class Timer {
  constructor() { this.ticks = 0; }
  tick() { this.ticks++; }
}
const t = new Timer();
const cb = t.tick;
try { cb(); } catch (e) { console.log(e.name + ": " + e.message); }
[1, 2, 3].forEach(t.tick, t);
console.log(t.ticks);
const bound = t.tick.bind(t);
bound(); bound();
console.log(t.ticks);

// expect: TypeError: Cannot read properties of undefined (reading 'ticks')
// expect: 3
// expect: 5
