try {
  q = 2;
} catch (e) {
  console.log(e.message);
}
let q;
console.log(q);
q = 3;
console.log(q);

// expect: Cannot access 'q' before initialization
// expect: undefined
// expect: 3
