"""Lazy parsing must not change compilation: the preparser's free-name record has to force the
same context allocation as a full parse (design.md "Lazy parsing").  Every golden snippet and a
few capture-heavy programs compile to identical bytecode lazily and eagerly."""
from __future__ import annotations

import pytest

from golden_cases import CASES
from scopejs.bytecode.compiler import compile_all, compile_script
from scopejs.bytecode.disassembler import disassemble
from scopejs.parsing.parser import parse

EXTRA = {
    "deep_capture": """
function a(p) {
  let x = 1, unused = 2;
  function b() { return function c() { return () => x + p + arguments.length; }; }
  return b;
}""",
    "arrow_this_chain": """
function Outer() { this.v = 1; return () => () => () => this.v + new.target; }""",
    "eval_in_lazy": """
function f(a) { var b = 2; return function g() { return eval("a + b"); }; }""",
    "class_private": """
class K { #p = 1; m() { return () => this.#p; } static s() { return K; } }""",
}


def listings(source, lazy):
    program = parse(source, lazy=lazy)
    return [disassemble(sfi.bytecode, sfi.name) for sfi in compile_all(compile_script(program))]


@pytest.mark.parametrize("name", sorted(list(CASES) + list(EXTRA)))
def test_lazy_and_eager_compile_identically(name):
    source = CASES.get(name) or EXTRA[name]
    assert listings(source, True) == listings(source, False)
