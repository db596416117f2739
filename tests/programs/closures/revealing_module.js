const stack = (() => {
  const items = [];
  const push = (x) => { items.push(x); return api; };
  const pop = () => items.pop();
  const size = () => items.length;
  const api = { push, pop, size };
  return api;
})();
stack.push(1).push(2).push(3);
console.log(stack.pop(), stack.size());

// expect: 3 2
