console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir("dir quotes strings");
console.assert(true, "not printed");
console.error("stderr is not compared");
console.log("done");

// expect: { a: { b: { c: [Object] } } }
// expect: { a: [Object] }
// expect: 'dir quotes strings'
// expect: done
