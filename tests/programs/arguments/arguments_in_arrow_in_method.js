const o = {
  m() {
    return ((...rest) => arguments.length + "/" + rest.length)(1);
  },
};
console.log(o.m("a", "b", "c"));

// expect: 3/1
