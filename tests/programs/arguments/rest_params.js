function f(first, ...rest) {
  return first + ":" + rest.length + ":" + rest.join("+") + ":" + Array.isArray(rest);
}
console.log(f(1), f(1, 2, 3));
console.log(f.length);

// expect: 1:0::true 1:2:2+3:true
// expect: 1
