function tag(s) { return s; }
function get() { return tag`same`; }
const a = get(), b = get();
const c = tag`same`;
console.log(a === b, a === c, Object.isFrozen(a), Array.isArray(a.raw));

// expect: true false true true
