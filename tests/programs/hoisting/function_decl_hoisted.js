console.log(hoisted());
function hoisted() { return "works before its declaration"; }

// expect: works before its declaration
