"""The golden snippets: name -> (source, options).  Each becomes goldens/<name>.golden holding the
snippet, its --print-scopes dump and its --print-bytecode dump (every function compiled)."""
from __future__ import annotations

CASES = {
    # -- the seeds -----------------------------------------------------------------------
    "seed001_multi": """\
var top = 1;
function multi() {
    var a = 10;
    return function inner() {
        return a * 10;
    }
}
const p = multi();
""",
    "seed000_create_counter": """\
function createCounter() {
  let count = 0;
  return {
    increment() { count++; return count; },
    get value() { return count; },
  };
}
const counter = createCounter();
counter.increment();
""",
    "seed003_trimmed_scopes": """\
function a() {
  const w = 'w'
  return function b() {
    const x = 'x'
    const y = 'y'
    const z = 'z'
    return function c() {
      debugger
      console.log(w, y, z)
    }
  }
}
const cFn = a()()
cFn()
""",
    "for_let_closure": """\
const fns = [];
for (let i = 0, getI = () => i; i < 3; i++) fns.push(() => i + getI());
""",
    "nested_contexts": """\
function outer() {
  const k = 1;
  let n = 0;
  return function middle() {
    let m = 2;
    return function inner() { n = k + m; return () => m; };
  };
}
const named = function self() { return () => { let q = 1; return () => q + self(); }; };
""",
    "direct_eval": """\
function f(x) {
  var y = 2;
  return eval("x + y");
}
""",
    "no_context": """\
function add(a, b) {
  let sum = a + b;
  return sum;
}
""",
    # -- opcode families -----------------------------------------------------------------
    "loads_and_literals": """\
function literals() {
  let a = 0, b = 1, c = -5, d = 1.5, e = 2 ** 40, f = "s", g = true, h = false, i = null;
  let j = undefined, k = 10n, l = /ab+c/gi, m = -0;
  return [a, b, c, d, e, f, g, h, i, j, k, l, m];
}
""",
    "arithmetic": """\
function arith(x, y) {
  return [x + y, x - y, x * y, x / y, x % y, x ** y, x | y, x ^ y, x & y, x << y, x >> y,
          x >>> y, x + 1, x - 1, x * 2, x / 2, x % 2, x ** 2, x | 1, x ^ 1, x & 1, x << 1,
          x >> 1, x >>> 1, -x, +x, ~x, !x, !!x, typeof x, void x, x++, --y];
}
""",
    "comparisons": """\
function cmp(x, y, o) {
  return [x == y, x != y, x === y, x !== y, x < y, x > y, x <= y, x >= y, x in o,
          o instanceof Object, x == null, x === null, x === undefined, typeof x === "string"];
}
function branches(x) {
  if (x === undefined) return 1;
  if (x !== null) return 2;
  if (x && !x.y || x.z) return 3;
  if (x === null || x !== undefined) return 5;
  if (x === null) return 6;
  return x ?? 4;
}
""",
    "properties": """\
function props(o, k) {
  o.a = o.b;
  o[k] = o[0];
  delete o.a;
  delete o[k];
  o.c ??= 1;
  o.d ||= 2;
  o.e &&= 3;
  o.f += 4;
  return o?.g?.[k]?.(1);
}
function strictDelete(o) { "use strict"; delete o.x; return `${o}!`; }
""",
    "calls": """\
function calls(f, o, args) {
  f();
  f(1, 2);
  o.m(1);
  o[f](2);
  f(...args);
  f(0, ...args, 1);
  new f(1);
  new f(...args);
  return f`a${1}b`;
}
""",
    "object_array_literals": """\
function lits(a, k) {
  const o1 = {};
  const o2 = {x: 1, y: "s", z: a, m() { return 1; }, get g() { return 2; }, set g(v) {},
              [k]: 3, ...a, __proto__: null};
  const o3 = {...a, b: 1};
  const a1 = [];
  const a2 = [1, 2, , 3];
  const a3 = [a, k];
  const a4 = [1, ...a, , 2];
  return [o1, o2, o3, a1, a2, a3, a4];
}
""",
    "control_flow": """\
function loops(n, o) {
  let s = 0;
  for (let i = 0; i < n; i++) { if (i === 2) continue; if (i > 5) break; s += i; }
  while (s > 0) s--;
  do { s++; } while (s < 3);
  outer: for (const k in o) { for (const v of o[k]) { if (v) continue outer; break outer; } }
  switch (n) { case 1: s = 1; break; case 2: { let t = 2; s = t; } default: s = 3; }
  return s;
}
""",
    "try_catch_finally": """\
function tries(f) {
  try { f(); } catch (e) { return () => e; }
  try { f(); } catch { f(); } finally { f(); }
  for (const x of [1]) { try { if (x) return x; } finally { f(); } }
  try { throw new Error("x"); } catch ({ message }) { return message; }
}
""",
    "destructuring": """\
function destructure(o, arr) {
  const { a, b: { c }, d = 1, [o.k]: e, ...rest } = o;
  const [x, , y = 2, ...zs] = arr;
  let p, q;
  [p, q] = [q, p];
  ({ p, q: o.r } = o);
  return [a, c, d, e, rest, x, y, zs];
}
function params({ a, b } = {}, [c] = [], ...more) { return a + b + c + more.length; }
""",
    "classes": """\
class Base {
  #secret = 1;
  static count = 0;
  [Symbol.iterator]() {}
  constructor(x) { this.x = x; Base.count++; }
  get secret() { return this.#secret; }
  #hidden() { return #secret in this; }
  static { this.ready = true; }
}
class Derived extends Base {
  y = 2;
  constructor() { super(1); this.z = super.secret; }
  method() { return () => super.method?.(); }
}
class Default extends Base {}
""",
    "generators_async": """\
function* gen(x) { const y = yield x; yield* [y]; return 1; }
async function af(p) { const v = await p; for await (const w of p) {} return v; }
async function* ag() { yield 1; yield* ag(); }
const arrow = async () => await 1;
""",
    "arguments_this_newtarget": """\
function sloppy(a, b) { arguments[0] = 1; return a; }
function strict(a) { "use strict"; return arguments.length; }
function rest(a, ...r) { return r; }
function ctor() { if (!new.target) return; this.v = () => this; }
function named() { return function self() { return self; }; }
""",
    "globals_tdz": """\
let g = 1;
const h = 2;
var v = g + h;
function read() { return g + h + v + undeclared + typeof undeclared2; }
function tdz() { x; let x = 1; { const y = () => x; } return x; }
g = 3;
""",
    "with_and_lookup": """\
function withs(o) {
  var local = 1;
  with (o) { x = local; typeof y; f(); }
  return local;
}
""",
}

# Eval code compiled against an empty context chain (indirect eval / global scope).
EVAL_CASES = {
    "eval_sloppy": "var ev = 1; function evf() { return ev; } let lex = () => lex; ev + 1;",
    "eval_strict": "'use strict'; var sv = 1; let cap = () => sv; cap();",
}

MODULE_CASES = {
    "module_bindings": """\
import def, { a, b as c } from "./dep.mjs";
import * as ns from "./dep.mjs";
export let counter = 0;
export function inc() { counter++; return a + c + def + ns.x; }
export default class {}
""",
}
