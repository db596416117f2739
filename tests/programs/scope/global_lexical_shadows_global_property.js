globalThis.shadowMe = "property";
let shadowMe = "lexical";
console.log(shadowMe, globalThis.shadowMe);

// expect: lexical property
