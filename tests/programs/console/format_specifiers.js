console.log("%s is %d years", "Ada", 36);
console.log("%i and %f", 42.9, "3.25");
console.log("%j", { json: [1, "two"] });
console.log("%o", { a: 1 });
console.log("%O", { a: { b: { c: { d: 1 } } } });
console.log("100%% sure", "extra", 1);
console.log("%s", "only", "then", "rest");
console.log("%c", "css ignored", "after");

// expect: Ada is 36 years
// expect: 42 and 3.25
// expect: {"json":[1,"two"]}
// expect: { a: 1 }
// expect: { a: { b: { c: [Object] } } }
// expect: 100% sure extra 1
// expect: only then rest
// expect:  after
