"""Golden files: snippet -> exact --print-scopes and --print-bytecode text.

Regenerate with `python3 -m pytest tests/bytecode --update-goldens` (or
SCOPEJS_UPDATE_GOLDENS=1) and review the diff like code.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from golden_cases import CASES, EVAL_CASES, MODULE_CASES
from golden_options import update_requested
from scopejs.bytecode.compiler import compile_all, compile_eval
from scopejs.bytecode.opcodes import Op
from scopejs.inspect.bytecode_dump import dump_bytecode, dump_function
from scopejs.inspect.scope_dump import dump_scope, dump_scopes
from scopejs.parsing.parser import parse

GOLDEN_DIR = Path(__file__).parent / "goldens"
ALL = sorted(list(CASES) + list(EVAL_CASES) + list(MODULE_CASES))

# Opcodes the generator never emits (kept for the interpreter and future use), with reasons.
NOT_EMITTED = {
    "TestReferenceEqual": "identity test kept for the optimizing tier",
    "JumpIfNotHole": "kept for the optimizing tier's TDZ elision",
}


def render(name: str) -> str:
    if name in EVAL_CASES:
        source = EVAL_CASES[name]
        program = parse(source, lazy=False)
        top = compile_eval(program, (), False)
        parts = [dump_scope(program.scope)]
        listings = [dump_function(sfi) for sfi in compile_all(top)]
    else:
        module = name in MODULE_CASES
        source = MODULE_CASES[name] if module else CASES[name]
        program = parse(source, module=module, lazy=False)
        bytecode_text = dump_bytecode(program)
        parts = [dump_scopes(program)]
        listings = [bytecode_text]
    return ("==== source\n" + source.rstrip("\n") + "\n==== scopes\n" + parts[0] +
            "\n==== bytecode\n" + "\n\n".join(listings) + "\n")


@pytest.mark.parametrize("name", ALL)
def test_golden(name, request):
    path = GOLDEN_DIR / f"{name}.golden"
    actual = render(name)
    if update_requested(request.config):
        path.write_text(actual, encoding="utf-8")
        return
    assert path.exists(), f"missing golden {path.name}: run with --update-goldens"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected


def test_every_opcode_appears_in_a_golden():
    text = "\n".join(p.read_text(encoding="utf-8") for p in GOLDEN_DIR.glob("*.golden"))
    used = set()
    for line in text.splitlines():
        if "@" in line and " : " in line:
            used.add(line.split(" : ", 1)[1].split(" ", 1)[0])
    missing = [op.name for op in Op if op.name not in used and op.name not in NOT_EMITTED]
    assert not missing, f"opcodes without a golden: {missing}"
    stale = [name for name in NOT_EMITTED if name in used]
    assert not stale, f"now emitted, remove from NOT_EMITTED: {stale}"


def test_seed_001_shape():
    """Seed 001: multi compiles to CreateFunctionContext / PushContext / LdaSmi [10] /
    StaCurrentContextSlot / CreateClosure / Return."""
    program = parse(CASES["seed001_multi"], lazy=False)
    text = dump_bytecode(program)
    multi = text.split("function: multi ")[1].split("Constant pool")[0]
    ops = [line.split(" : ")[1].split(" ")[0] for line in multi.splitlines() if " : " in line]
    assert ops == ["CreateFunctionContext", "PushContext", "LdaSmi", "StaCurrentContextSlot",
                   "CreateClosure", "Return"]


def test_no_context_for_uncaptured_function():
    program = parse(CASES["no_context"], lazy=False)
    text = dump_bytecode(program)
    add = text.split("function: add ")[1]
    assert "CreateFunctionContext" not in add and "PushContext" not in add
