function outer() {
  const unused = "never captured";
  let kept = 1;
  {
    let blockKept = 2;
    {
      let inner = 3;
      return () => kept + blockKept + inner;
    }
  }
}
console.log(outer()());

// expect: 6
