let captured;
try {
  throw new Error("caught value");
} catch (err) {
  captured = () => err.message;
}
console.log(captured());

// expect: caught value
