try {
  new K();
} catch (e) {
  console.log(e.name + ": " + e.message);
}
class K {}
console.log(typeof K);

// expect: ReferenceError: Cannot access 'K' before initialization
// expect: function
