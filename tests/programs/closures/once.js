function once(fn) {
  let done = false, result;
  return function (...args) {
    if (!done) { done = true; result = fn.apply(this, args); }
    return result;
  };
}
let n = 0;
const init = once(() => ++n);
console.log(init(), init(), init(), n);

// expect: 1 1 1 1
