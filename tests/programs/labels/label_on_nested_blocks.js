const out = [];
a: {
  out.push(1);
  b: {
    out.push(2);
    break a;
  }
  out.push("skipped");
}
out.push(3);
console.log(out.join());

// expect: 1,2,3
