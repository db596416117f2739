function perms(arr) {
  if (arr.length <= 1) return [arr];
  return arr.flatMap((x, i) => perms([...arr.slice(0, i), ...arr.slice(i + 1)]).map(p => [x, ...p]));
}
console.log(perms([1, 2, 3]).map(p => p.join("")).join(" "));

// expect: 123 132 213 231 312 321
