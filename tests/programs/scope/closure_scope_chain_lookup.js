const a = "global a";
function level1() {
  const b = "l1 b";
  return function level2() {
    const c = "l2 c";
    return function level3() {
      return [a, b, c].join(" / ");
    };
  };
}
console.log(level1()()());

// expect: global a / l1 b / l2 c
