console.log(typeof neverDeclared, typeof undefined, typeof null);

// expect: undefined undefined object
