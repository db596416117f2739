if (true) {
  function f() { return "yes"; }
} else {
  function f() { return "no"; }
}
console.log(f());

// expect: yes
