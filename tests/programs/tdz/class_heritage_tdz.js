try {
  class A extends A {}
} catch (e) {
  console.log(e.name, e.message);
}

// expect: ReferenceError Cannot access 'A' before initialization
