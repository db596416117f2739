"use strict";
function rest(a, ...r) { return a + r.length + arguments.length; }
var o = { base() { return "b"; } };
var p = { __proto__: o, m() { return super.base() + this.x; }, x: 1, get g() { return this.x * 2; } };
function evals(x) { return eval("x + 1"); }
function blocks(n) { var fs = []; for (let i = 0; i < n; i++) { fs.push(() => i); } return fs.map(f => f()).join(""); }
var bound = function (a) { return this.v + a; }.bind({v: 10});
var prox = new Proxy(function (a) { return a * 3; }, {});
var t = 0;
for (var i = 0; i < 300; i++) { t += rest(1, 2, 3); p.m(); t += p.g; evals(i); blocks(3); t += bound(1) + prox(2); }
console.log(t, rest(1), p.m(), p.g, evals(4), blocks(5), bound(5), prox(7));
function thrower() { null.x; }
function viaBound() { return thrower.bind(null)(); }
for (var i = 0; i < 300; i++) { try { viaBound(); } catch (e) { if (i == 299) console.log(e.stack); } }
