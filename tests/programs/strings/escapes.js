console.log("tab\there", "quote\"s", 'single\'s', "back\\slash", "\x41\u0042\u{43}", "nul:" + "\0".length);
console.log("line1\nline2");

// expect: tab	here quote"s single's back\slash ABC nul:1
// expect: line1
// expect: line2
