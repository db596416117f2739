function f() {
  const out = [];
  for (const a of arguments) out.push(a * 2);
  return out.join(",") + " " + [...arguments].length;
}
console.log(f(1, 2, 3));

// expect: 2,4,6 3
