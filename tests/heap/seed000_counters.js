// Seed 000: two counters, each closing over its own `counter`.
function createCounter() {
  let counter = 0;
  const myFunction = {
    increment: function () { counter++; },
    get: function () { return counter; },
  };
  return myFunction;
}
const myCounter = createCounter();
myCounter.increment();
var otherCounter = createCounter();
for (let i = 0; i < 5; i++) otherCounter.increment();
