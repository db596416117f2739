console.log(this === globalThis || typeof this);
console.log(typeof this);

// expect: true
// expect: object
