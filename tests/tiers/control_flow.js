function flow(n) {
  var out = [];
  outer: for (var i = 0; i < n; i++) {
    var j = 0;
    inner: while (true) {
      j++;
      if (j > i) break;
      if (j === 2) continue;
      if (i === 5 && j === 3) continue outer;
      if (i === 7 && j === 4) break outer;
      do { out.push(i * 10 + j); j += 0; } while (false);
    }
    switch (i % 4) {
      case 0: out.push("z"); break;
      case 1: out.push("o");
      case 2: out.push("t"); break;
      default: out.push("d");
    }
    for (var k in {a: 1, b: 2}) { if (k === "b") break; out.push(k); }
    out.push(i > 3 ? (i & 1 ? "odd" : "even") : i || "zero");
  }
  var w = 0; while (w < 3) { w++; if (w == 2) continue; out.push("w" + w); }
  return out.join(",");
}
for (var r = 0; r < 5; r++) flow(r);
console.log(flow(10));
function nested(n) { var s = 0; for (var a = 0; a < n; a++) for (var b = 0; b < a; b++) for (var c = 0; c < b; c++) { if (c == 3) break; s += a * b - c; } return s; }
console.log(nested(30), nested(5));
