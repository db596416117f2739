function* g() {
  try { yield 1; yield 2; } finally { console.log("generator finally"); }
}
function first() {
  for (const v of g()) return v;
}
console.log(first());

// expect: generator finally
// expect: 1
