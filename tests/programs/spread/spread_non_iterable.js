const obj = { a: 1 };
try {
  const arr = [...obj];
} catch (e) {
  console.log(e.name + ": " + e.message);
}
function f() {}
try {
  f(...obj);
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// expect: TypeError: obj is not iterable
// expect: TypeError: Spread syntax requires ...iterable[Symbol.iterator] to be a function
