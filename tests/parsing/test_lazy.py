"""Lazy parsing: preparsed bodies, PreparseData, ensure_parsed == eager parse."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.inspect.ast_dump import dump_ast
from scopejs.parsing.parser import ensure_parsed, ensure_parsed_all, parse

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / ".corpora" / "node_modules"
T262 = Path("/work/t262/test")

SNIPPETS = [
    "function f(a, b = () => a) { var c = a + b(); function g() { return c + d; } return g; }",
    "'use strict'; var o = { m() { return super.x }, get a() { return 1 }, async *g() { yield* h(); } };",
    "class A extends B { #p = 1; constructor(x) { super(x); this.#p = () => this.#p; }"
    " static m() { return class { [k]() { return new.target } } } static { var s = () => 1 } }",
    "(function () { function inner() { return typeof eval === 'x' ? arguments : this } })();",
    "const f = async (x, {y, z = w}) => { for await (const q of x) { try { await q } catch ({e}) {} } };",
    "function outer() { 'use strict'; return function (a, b) { return a => `t${a}${b}` } }",
    "var x = function named() { return named } ; label: for (;;) { break label }",
    "function g() { let a = 1; { let a = 2; function h() { return a } } }",
    "function k() { return /re/g.test(x) / 2 }\nfunction\nl\n(\n)\n{\nreturn\n}",
    "async function af() { await 1; return async () => await 2 }",
    "function* gen() { yield; yield 1; var yield_ = function yield() {} }",
    "function withEval(a) { eval('a'); return function () { eval(b) } }",
]


def _json(program):
    return dump_ast(program, "json")


@pytest.mark.parametrize("src", SNIPPETS)
def test_forced_lazy_equals_eager(src):
    assert _json(parse(src, lazy=True)) == _json(parse(src, lazy=False))


def _corpus_files():
    files = []
    for rel in ("lodash/lodash.js", "underscore/underscore.js", "moment/moment.js",
                "jquery/dist/jquery.js", "acorn/dist/acorn.js"):
        if (CORPORA / rel).is_file():
            files.append(CORPORA / rel)
    return files


@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_corpus_lazy_equals_eager(path):
    text = path.read_text(encoding="utf-8")
    assert _json(parse(text, lazy=True)) == _json(parse(text, lazy=False))


def _test262_sample(count=150):
    if not T262.is_dir():
        return []
    rng = random.Random(2023)
    picked = []
    for sub in ("language/statements/class", "language/expressions/arrow-function",
                "language/expressions/async-generator", "language/statements/for-of",
                "language/expressions/object/method-definition"):
        folder = T262 / sub
        if not folder.is_dir():
            continue
        names = sorted(str(p) for p in folder.rglob("*.js") if "_FIXTURE" not in p.name)
        picked.extend(rng.sample(names, min(count // 5, len(names))))
    return picked


@pytest.mark.parametrize("path", _test262_sample(), ids=lambda p: os.path.relpath(p, T262))
def test_test262_sample_lazy_equals_eager(path):
    text = Path(path).read_text(encoding="utf-8")
    module = "flags: [module]" in text or "flags: [module" in text
    try:
        eager = _json(parse(text, lazy=False, module=module))
    except JSSyntaxError:
        with pytest.raises(JSSyntaxError):
            parse(text, lazy=True, module=module)
        return
    assert _json(parse(text, lazy=True, module=module)) == eager


def test_bodies_are_lazy_until_forced():
    program = parse("function f(a) { return function g() { return a + b } }")
    f = program.body[0]
    assert f.body is None and f.lazy is not None
    assert f.params[0].name == "a"
    ensure_parsed(f)
    assert f.body.type == "BlockStatement"
    g = f.body.body[0].argument
    assert g.body is None and g.lazy is not None      # inner functions stay lazy
    ensure_parsed(f)                                   # idempotent
    ensure_parsed(g)
    assert g.body.body[0].argument.type == "BinaryExpression"


def test_eager_mode_has_no_lazy_functions():
    program = parse("function f() { return () => { return 1 } }", lazy=False)
    assert program.body[0].body is not None and program.body[0].lazy is None


def test_pife_heuristic_parses_eagerly():
    program = parse("(function () { return 1 })(); !function () {}();")
    assert program.body[0].expression.callee.body is not None
    assert program.body[1].expression.argument.callee.body is None


@pytest.mark.parametrize("src,free", [
    ("function f(a) { return a + b }", {"b"}),
    ("function f() { var x; let y; function z() {} return x + y + z() + w }", {"w"}),
    ("function f() { return function g() { return q } }", {"q"}),
    ("function f() { { let a; } return a }", {"a"}),
    ("function f() { try {} catch (e) { e } return e }", {"e"}),
    ("function f() { return (x, y = z) => x + y + v }", {"z", "v"}),
    ("function f() { return class C extends D { m() { return C + E } } }", {"D", "E"}),
    ("function f() { return arguments[0] + g }", {"g"}),
    ("function f() { return () => arguments }", set()),
    ("function f() { const {a, b: [c] = d} = e; return a + c }", {"d", "e"}),
    ("function f() { l: for (;;) { break l } }", set()),
    ("function f() { return async x => x + y }", {"y"}),
    ("function f() { return f() }", {"f"}),
    ("function f() { return { a, b: c, [d]: e, m() { return h } } }", {"a", "c", "d", "e", "h"}),
    ("function f() { x = 1; [y, z.w] = v; }", {"x", "y", "z", "v"}),
])
def test_free_names(src, free):
    data = parse(src).body[0].lazy
    assert set(data.free_names) == free


def test_preparse_flags_and_declared_names():
    program = parse("function f(a, {b}) { var c; let d; function e() {} "
                    "this.x; arguments; eval('1'); () => new.target; }")
    data = program.body[0].lazy
    assert data.param_names == ("a", "b")
    assert {"c"} <= data.var_names and "d" in data.lexical_names and "e" in data.function_names
    assert data.uses_this and data.uses_arguments and data.has_direct_eval and data.uses_new_target
    assert not data.is_strict and not data.has_super_call
    cls = parse("class A extends B { constructor() { super(); } m() { return super.m } }")
    ctor, method = cls.body[0].body.body
    assert ctor.value.lazy.has_super_call and ctor.value.lazy.is_strict
    assert method.value.lazy.uses_super_property


def test_arrow_this_propagates_to_enclosing_function():
    data = parse("function f() { return () => this }").body[0].lazy
    assert data.uses_this


def test_preparse_reports_early_errors():
    with pytest.raises(JSSyntaxError, match="has already been declared"):
        parse("function f() { let a; let a; }", lazy=True)
    with pytest.raises(JSSyntaxError):
        parse("class A { m() { this.#x } }", lazy=True)


def test_forcing_in_context_strict_class_async_module():
    src = ("'use strict'; class A { #p; m() { return async function* () { await this.#p; "
           "yield 0777 } } }")
    with pytest.raises(JSSyntaxError):
        parse(src)
    src = "class A { #p; m(o) { return () => #p in o } }; async function f() { return () => 1 }"
    program = parse(src)
    ensure_parsed_all(program)
    assert _json(program) == _json(parse(src, lazy=False))
    module_src = "export function f() { return () => ({ await: 1, a: b }) }"
    assert _json(parse(module_src, module=True)) == _json(parse(module_src, module=True, lazy=False))


def test_trace_lazy(capsys):
    parse("function f() { return function g() {} }\n(function h() {})", trace_lazy=True)
    err = capsys.readouterr().err.splitlines()
    assert "[preparse] f @1:1" in err
    assert "[full parse] h @2:2" in err
    program = parse("function f() { return function g() {} }", trace_lazy=True)
    capsys.readouterr()
    ensure_parsed(program.body[0])
    err = capsys.readouterr().err.splitlines()
    assert err == ["[full parse] f @1:1", "[skip] g @1:23"]


def test_tree_dump_shows_lazy_bodies():
    text = dump_ast(parse("function f(a) { return a + b }"))
    assert "(lazy: preparsed, free: [b])" in text


def test_trace_lazy_callable_sink():
    lines = []
    parse("function f() {}", trace_lazy=lines.append)
    assert lines == ["[preparse] f @1:1"]


def test_forcing_skips_nested_functions_with_recorded_preparse_data():
    src = ("function f() { var a; function g(b) { return () => a + b + c + this.x } "
           "return class { m() { return arguments } } }")
    lazy = parse(src)
    fresh = parse(src)
    ensure_parsed(lazy.body[0])
    g = lazy.body[0].body.body[1]
    assert g.body is None and g.lazy.free_names == frozenset({"a", "c"})
    assert g.lazy.uses_this is True              # the arrow's `this` is g's own
    arrow_data = None
    ensure_parsed(g)
    arrow_data = g.body.body[0].argument.lazy if g.body.body[0].argument.lazy else None
    assert arrow_data is None                    # expression-bodied arrows are parsed eagerly
    assert _json(lazy) == _json(parse(src, lazy=False)) == _json(fresh)


def _lazy_records(program, use_recorded: bool) -> dict:
    """Force every lazy function top-down; collect each one's PreparseData facts."""
    records = {}
    stack = [program]
    while stack:
        node = stack.pop()
        data = getattr(node, "lazy", None)
        if data is not None and node.type in ("FunctionDeclaration", "FunctionExpression",
                                              "ArrowFunctionExpression"):
            records[node.start] = (data.free_names, data.var_names, data.lexical_names,
                                   data.function_names, data.param_names, data.uses_this,
                                   data.uses_arguments, data.uses_new_target,
                                   data.uses_super_property, data.has_super_call,
                                   data.has_direct_eval, data.inner_has_direct_eval, data.is_strict)
            if not use_recorded:
                data.inner = None
            ensure_parsed(node)
        stack.extend(node.children())
    return records


SKIP_SOURCES = SNIPPETS + [
    "function a() { function b() { function c() { return [this, arguments, x] } "
    "return () => { eval(y); return () => new.target } } class K extends L { constructor() "
    "{ super(); (() => super.m)() } } }",
]


@pytest.mark.parametrize("src", SKIP_SOURCES + [p.read_text(encoding="utf-8") for p in _corpus_files()[:2]],
                         ids=lambda s: s[:30])
def test_recorded_preparse_data_equals_a_fresh_preparse(src):
    assert _lazy_records(parse(src), True) == _lazy_records(parse(src), False)
