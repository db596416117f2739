function f() {
  for (let i = 0; i < 3; i++) {
    try { return "returned " + i; }
    finally { if (i < 2) continue; }
  }
  return "loop ended";
}
console.log(f());

// expect: returned 2
