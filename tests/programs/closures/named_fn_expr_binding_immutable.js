const f = function me() {
  me = 42; // silently ignored in sloppy mode
  return typeof me;
};
console.log(f());

// expect: function
