// The remainder operator (6.1.6.1.6 Number::remainder): the sign of the dividend, -0 kept,
// NaN for an infinite dividend or a zero divisor, the dividend for an infinite divisor --
// by register, by a small-integer constant (positive and negative), in hot code too.
var xs = [5, 5.5, -5, -0, 0, Infinity, -Infinity, NaN, 2 ** 53 + 2, 1e-300, 7, 26, 3e20];
var ys = [26, 3, -3, 0.5, Infinity, -Infinity, NaN, 0, -0, 1e-300];
function show(v) { return Object.is(v, -0) ? "-0" : String(v); }
function mod(a, b) { return a % b; }
function m26(a) { return a % 26; }
function m3(a) { return a % -3; }
var lines;
for (var r = 0; r < 40; r++) {
  lines = [];
  for (var i = 0; i < xs.length; i++) {
    var row = [show(m26(xs[i])), show(m3(xs[i]))];
    for (var j = 0; j < ys.length; j++) row.push(show(mod(xs[i], ys[j])));
    lines.push(show(xs[i]) + ": " + row.join(" "));
  }
}
console.log(lines.join("\n"));

// expect: 5: 5 2 5 2 2 0 5 5 NaN NaN NaN 4.8159326401985574e-301
// expect: 5.5: 5.5 2.5 5.5 2.5 2.5 0 5.5 5.5 NaN NaN NaN 9.297525904218413e-301
// expect: -5: -5 -2 -5 -2 -2 -0 -5 -5 NaN NaN NaN -4.8159326401985574e-301
// expect: -0: -0 -0 -0 -0 -0 -0 -0 -0 NaN NaN NaN -0
// expect: 0: 0 0 0 0 0 0 0 0 NaN NaN NaN 0
// expect: Infinity: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: -Infinity: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: 9007199254740994: 8 1 8 1 1 0 9007199254740994 9007199254740994 NaN NaN NaN 6.589981049907861e-301
// expect: 1e-300: 1e-300 1e-300 1e-300 1e-300 1e-300 1e-300 1e-300 1e-300 NaN NaN NaN 0
// expect: 7: 7 1 7 1 1 0 7 7 NaN NaN NaN 2.7423056962779803e-301
// expect: 26: 0 2 0 2 2 0 26 26 NaN NaN NaN 3.042849729032498e-301
// expect: 300000000000000000000: 14 0 14 0 0 0 300000000000000000000 300000000000000000000 NaN NaN NaN 9.999229988867677e-302
