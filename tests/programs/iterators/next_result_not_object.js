const bad = { [Symbol.iterator]() { return { next() { return 5; } }; } };
try {
  for (const x of bad) {}
} catch (e) {
  console.log(e.name + ": " + e.message);
}

// expect: TypeError: Iterator result 5 is not an object
