try {
  const { a } = null;
} catch (e) {
  console.log(e.name + ": " + e.message);
}
try {
  const [x] = {};
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// expect: TypeError: Cannot destructure property 'a' of 'null' as it is null.
// expect: TypeError: {} is not iterable
