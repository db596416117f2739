"""No input makes the parser raise anything but JSSyntaxError; deep nesting is a RangeError."""
from __future__ import annotations

import random

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.inspect.ast_dump import dump_ast
from scopejs.parsing.parser import ensure_parsed_all, parse

PIECES = list("(){}[];,.:?=+-*/%<>!&|^~'\"`\\$#@ \n\tabcxyz019") + [
    "=>", "...", "function", "class", "let", "yield", "await", "async", "${", "/*", "*/", "//",
    "new", "super", "this", "\u2028", "\ud800", "\U0001F600", "import", "export", "return",
    "#x", "?.", "??=", "0x", "1n", "get ", "static ", "extends ", "of ", "in "]

SEED_PROGRAM = """
class A extends B { #p = 1; static #q; get x() { return this.#p } static { this.y = `a${1}b` } }
async function* g(a = 1, {b, c: [d]} = {}, ...e) { for await (const x of y) yield* x; }
label: for (let i = 0, j; i < 10; i++) { if (i ?? j) continue label; else break; }
const f = async (x) => { try { await x } catch { } finally { return /re[/]/g } };
"""


def _check(src: str) -> None:
    for module in (False, True):
        for lazy in (True, False):
            try:
                ensure_parsed_all(parse(src, module=module, lazy=lazy))
            except JSSyntaxError:
                pass


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes(seed):
    rng = random.Random(seed)
    for _ in range(150):
        raw = bytes(rng.randrange(256) for _ in range(rng.randint(1, 50)))
        _check(raw.decode("latin-1"))


@pytest.mark.parametrize("seed", range(4))
def test_random_token_soup(seed):
    rng = random.Random(100 + seed)
    for _ in range(150):
        _check("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))))


@pytest.mark.parametrize("seed", range(4))
def test_mutated_programs(seed):
    rng = random.Random(200 + seed)
    for _ in range(100):
        chars = list(SEED_PROGRAM)
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(chars))
            r = rng.random()
            if r < 0.4:
                del chars[i]
            elif r < 0.8:
                chars.insert(i, rng.choice(PIECES))
            else:
                chars[i] = rng.choice(PIECES)
        _check("".join(chars))


@pytest.mark.parametrize("src", [
    "(" * 10000 + "x" + ")" * 10000, "[" * 10000 + "]" * 10000, "{" * 10000 + "}" * 10000,
    "function f(){" * 3000 + "}" * 3000, "!" * 100000 + "x", "a=" * 10000 + "1",
    "`${" * 5000 + "x" + "}`" * 5000, "if(1)" * 10000 + ";", "x=>" * 20000 + "1",
    "new " * 50000 + "x", "a?b:" * 20000 + "c",
], ids=lambda s: s[:8] + f"...({len(s)})")
@pytest.mark.parametrize("lazy", [True, False])
def test_deep_nesting_is_a_range_error(src, lazy):
    with pytest.raises(JSSyntaxError) as info:
        parse(src, lazy=lazy)
    assert info.value.kind == "RangeError"
    assert "Maximum call stack size exceeded" in info.value.message


def test_long_flat_chains_parse():
    program = parse("x" + "+x" * 20000 + ";" + "a" + ".b" * 20000)
    assert program.body[0].expression.type == "BinaryExpression"


def test_dump_of_too_deep_tree_is_a_range_error_not_a_crash():
    program = parse("x" + "+x" * 60000)
    with pytest.raises(JSSyntaxError) as info:
        dump_ast(program, "json")
    assert info.value.kind == "RangeError"
