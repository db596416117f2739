const o = { tag(strings, x) { return this.p + strings.join("_") + x; }, p: ">" };
console.log(o.tag`a${1}b`);

// expect: >a_b1
