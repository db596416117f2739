"""Every ES2023 syntactic form gives acorn's ESTree (eager and forced-lazy), node by node.

acorn (from the npm corpora) runs once under node over all snippets (tools/acorn_json.js);
skips cleanly without node or acorn.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from scopejs.inspect.ast_dump import dump_ast
from scopejs.parsing.parser import parse

ROOT = Path(__file__).resolve().parents[2]
ACORN_JSON = ROOT / "tools" / "acorn_json.js"
ACORN = ROOT / ".corpora" / "node_modules" / "acorn"

SCRIPTS = {
    "literals": "null; true; false; 1; 1.5e3; 0x1f; 0o7; 0b1; 017; 1_0; 10n; 'a\\n'; \"\\u{1F600}\"; /a(?:b)/gimsuyd; `a${b}c`;",
    "arrays_objects": "[, a, , ...b, ]; ({ a, b: c, [d]: e, 'f': 1, 2: g, get h() {}, set h(v) {}, i() {}, *j() {}, async k() {}, async *l() {}, ...m, __proto__: n });",
    "operators": "a + b * c - d / e % f ** g ** h; a << b >> c >>> d; a < b > c <= d >= e instanceof f in g; a == b != c === d !== e; a & b | c ^ d; a && b || c; a ?? b; !a; ~a; -a; +a; typeof a; void a; delete a.b; ++a; a--; a ? b : c ? d : e; a, b, c;",
    "assignment": "a = b; a += b; a -= b; a *= b; a /= b; a %= b; a **= b; a <<= b; a >>= b; a >>>= b; a &= b; a |= b; a ^= b; a &&= b; a ||= b; a ??= b; [a, [b], {c}, ...d] = e; ({a, b: [c], d = 1, ...e} = f); [a = 1, b.c, d[e]] = g;",
    "members_calls": "a.b; a[b]; a?.b; a?.[b]; a?.(b); a?.b.c(d)?.e; new A; new A(b); new A.B(c); new (a())(); a(...b, c); a`t${b}`; a.b`c`; (a?.b).c; import('x'); a.if;",
    "functions": "function f(a, b = 1, {c}, [d], ...e) { return a; } function f2(a) { 'use strict' } var g = function* h() { yield; yield a; yield* b; }; async function i() { await a; } var j = async function* () { for await (const x of y); };",
    "arrows": "() => 1; a => a; (a, b) => { return a }; async a => a; async (a, ...b) => b; ({a}) => a; ([a] = []) => a; (a = 1) => ({}); async () => await 1;",
    "classes": "class A extends B { constructor() { super(); } static s = 1; #p; #q = 2; 'str'() {} [k]() {} static #m() {} get #g() { return this.#p } set #g(v) {} static { this.x = #p in this; } static async *gen() {} x; y = this; static; get; set; async; }",
    "class_expr": "var C = class {}; var D = class E extends (F, G) { m() { return super.m() + super['n'] } };",
    "statements": "var a = 1, b; let c; const d = 1; if (a) b; else c; for (;;) break; for (var i = 0; i < 1; i++) continue; for (let k in o); for (const v of o); for (a.b of c); while (a) {} do a; while (b) label: { break label; } switch (a) { case 1: b; default: c; case 2: } try { a } catch (e) { b } finally { c } try {} catch {} throw a; debugger; with (a) b; ;",
    "asi": "a\nb\n++c\nvar d = e\n(f)\nreturn_\nlet\ng = 1\nthrow_\nx\n/re/g.test(y)",
    "directives": "'use strict'; \"other\"; ('not'); function f() { 'a'; 'b'; c; 'd' }",
    "templates": "`plain`; `a${b}c${d}e`; tag`\\unicode and \\u{`; `line\r\nbreak`; `${`${`deep`}`}`;",
    "meta": "function f() { new.target } class A { m() { super.x } }",
    "unicode": "var \u00e9l\u00e8ve = '\U0001F600'; var \\u0061b = 1; /* \U0001F600 */ x\u2028y",
    "html_comments": "a <!-- comment\n--> also comment\nb",
    "sloppy": "var let = 1, yield = 2, await = 3, static = 4; if (a) function f() {} label: function g() {} for (var x = 1 in o); { function h() {} function h() {} } 010; '\\07'",
    "big_numbers": "288230376151711744; 92233720368620160000; 747563348316297600000; 1e21; 1e-7; 9007199254740993; 0.1; .5e-320",
    "regex_division": "a / b / c; (a) / b; [] / 1; x = /=/; y = a /= 2; z = {} / 1; f(/a/, /b/)",
}
MODULES = {
    "imports": "import a from 'a'; import * as b from 'b'; import c, { d, e as f, 'g h' as i } from 'c'; import 'd'; import {} from 'e';",
    "exports": "export var a = 1; export let b; export const c = 1; export function d() {} export class E {} export { a as f, b as 'g h' }; export * from 'x'; export * as h from 'y'; export { i as j } from 'z'; export default async function () {}",
    "top_level_await": "await a; for await (const x of y); import.meta.url;",
}


def _acorn_available():
    return shutil.which("node") is not None and ACORN.is_dir() and ACORN_JSON.is_file()


def _normalize(value):
    if isinstance(value, dict):
        if value.get("type") == "Literal" and value.get("regex") is not None:
            value = dict(value, value=None)
        return {k: _normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalize(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _acorn(tmp_path, snippets, module):
    paths = []
    for name, src in snippets.items():
        path = tmp_path / f"{name}.js"
        path.write_text(src, encoding="utf-8")
        paths.append(str(path))
    args = ["node", str(ACORN_JSON)] + (["--module"] if module else []) + paths
    out = subprocess.run(args, capture_output=True, text=True, timeout=60).stdout.splitlines()
    return dict(zip(snippets, (json.loads(line) for line in out)))


@pytest.fixture(scope="module")
def acorn_trees(tmp_path_factory):
    if not _acorn_available():
        pytest.skip("node or acorn not installed")
    tmp = tmp_path_factory.mktemp("forms")
    trees = _acorn(tmp, SCRIPTS, False)
    trees.update(_acorn(tmp, MODULES, True))
    return trees


@pytest.mark.parametrize("name", list(SCRIPTS) + list(MODULES))
@pytest.mark.parametrize("lazy", [False, True], ids=["eager", "lazy"])
def test_same_estree_as_acorn(name, lazy, acorn_trees):
    module = name in MODULES
    src = (MODULES if module else SCRIPTS)[name]
    expected = acorn_trees[name]
    assert "error" not in expected, expected
    ours = json.loads(dump_ast(parse(src, module=module, lazy=lazy), "json"))
    assert _normalize(ours) == _normalize(expected)


def test_tree_dump_readable():
    text = dump_ast(parse("let x = a + 1;\nclass A { #p = 2 }"))
    lines = text.splitlines()
    assert lines[0] == "Program sourceType=script @1:1"
    assert "          init: BinaryExpression operator=+ @1:9" in lines
    assert any("PrivateIdentifier p @2:11" in line for line in lines)
