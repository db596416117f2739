try {
  c;
} catch (e) {
  console.log(e.name, e.message);
}
const c = 5;
console.log(c);

// expect: ReferenceError Cannot access 'c' before initialization
// expect: 5
