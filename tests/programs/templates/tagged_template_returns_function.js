function curry(strings, ...keys) {
  return (obj) => strings.reduce((acc, s, i) => acc + s + (i < keys.length ? obj[keys[i]] : ""), "");
}
const tpl = curry`Name: ${"name"}, Age: ${"age"}`;
console.log(tpl({ name: "Ada", age: 36 }));

// expect: Name: Ada, Age: 36
