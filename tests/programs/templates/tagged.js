function tag(strings, ...values) {
  return strings.map((s, i) => s + (i < values.length ? `[${values[i]}]` : "")).join("");
}
console.log(tag`a${1}b${2}c`);
console.log(tag``, tag`${"only"}`);

// expect: a[1]b[2]c
// expect:  [only]
