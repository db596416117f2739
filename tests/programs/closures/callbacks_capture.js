function multiplyAll(arr, factor) {
  return arr.map(x => x * factor);
}
console.log(multiplyAll([1, 2, 3], 4).join(" "));
let total = 0;
[5, 6, 7].forEach(x => { total += x; });
console.log(total);

// expect: 4 8 12
// expect: 18
