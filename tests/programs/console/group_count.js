console.log("start");
console.group("Group A");
console.log("inside A");
console.group();
console.log("nested");
console.groupEnd();
console.info("info in A");
console.groupEnd();
console.count();
console.count("x");
console.count();
console.countReset();
console.count();
console.log("end");

// expect: start
// expect: Group A
// expect:   inside A
// expect:     nested
// expect:   info in A
// expect: default: 1
// expect: x: 1
// expect: default: 2
// expect: default: 1
// expect: end
