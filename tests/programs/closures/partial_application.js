function partial(fn, ...preset) {
  return (...later) => fn(...preset, ...later);
}
function greet(greeting, punct, name) { return greeting + ", " + name + punct; }
const hello = partial(greet, "Hello", "!");
console.log(hello("Ann"), hello("Bob"));

// expect: Hello, Ann! Hello, Bob!
