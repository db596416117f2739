function raw(strings) { return strings.raw[0] + " | " + strings[0]; }
console.log(raw`line\nbreak`);
console.log(String.raw`C:\new\table ${1 + 1}`);
console.log(String.raw`\u0041`.length);

// expect: line\nbreak | line
// expect: break
// expect: C:\new\table 2
// expect: 6
