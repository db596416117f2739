const get = () => late;
let late = "initialised";
console.log(get());

// expect: initialised
