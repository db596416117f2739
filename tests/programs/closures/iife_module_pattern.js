var Module = (function () {
  var privateCount = 0;
  function privateIncrement() { privateCount++; }
  return {
    increment: function () { privateIncrement(); return privateCount; },
    reset: function () { privateCount = 0; },
    get count() { return privateCount; },
  };
})();
Module.increment();
Module.increment();
console.log(Module.count, typeof privateCount, Module.privateCount);
Module.reset();
console.log(Module.increment());

// expect: 2 undefined undefined
// expect: 1
