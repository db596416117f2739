console.log(typeof blockFn);
{
  function blockFn() { return "in block"; }
}
console.log(typeof blockFn, blockFn());

// expect: undefined
// expect: function in block
