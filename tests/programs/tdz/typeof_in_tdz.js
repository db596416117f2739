try {
  console.log(typeof t);
} catch (e) {
  console.log(e.constructor === ReferenceError, e.message);
}
let t = "ok";
console.log(typeof t, typeof notDeclaredAnywhere);

// expect: true Cannot access 't' before initialization
// expect: string undefined
