"""A test and the conditional jump after it, fused (direct form).

``TestLessThan r; JumpIfFalse L`` lowers to code that stores a boolean in the accumulator and
then tests it (``acc = R7 <= acc`` ... ``if acc is False: b = L``): a store, a load and an
identity test per loop iteration that only move a value Python already had on its stack.
When the accumulator is dead after the jump (both ways out of it assign it before reading it),
the jump moves into the test: each final ``acc = E`` becomes ``if not (E): b = L`` (``E is
False`` when E is not a comparison), which CPython compiles to one conditional jump on E.
V8's bytecode graph builder does the same with a Test followed by a JumpIf (the boolean is
never materialised).
"""
from __future__ import annotations

import ast
import textwrap

_BRANCH = {"if acc is False:": False, "if acc is True:": True}


def fuse_test_and_jump(test_lines, jump_lines):
    """The lines of the test instruction with the jump inside, or None when its accumulator
    stores are not all final statements of a complete if-tree (every path ends assigning
    the accumulator, nothing else assigns it)."""
    jumps_when = _BRANCH.get(jump_lines[0]) if jump_lines else None
    if jumps_when is None or any(not line.startswith("    ") for line in jump_lines[1:]):
        return None
    body = ast.parse(textwrap.dedent("\n".join(jump_lines[1:]))).body
    tree = ast.parse("\n".join(test_lines))
    tails = []
    if not _collect_tails(tree.body, tails):
        return None
    stores = [n for n in ast.walk(tree) if n.__class__ is ast.Name and n.id == "acc"
              and n.ctx.__class__ is ast.Store]
    if len(stores) != len(tails):
        return None
    for block in tails:
        value = block[-1].value
        if value.__class__ is ast.Compare:
            test = value if jumps_when else ast.UnaryOp(ast.Not(), value)
        else:
            test = ast.Compare(value, [ast.Is()], [ast.Constant(jumps_when)])
        block[-1] = ast.If(test, [ast.parse(ast.unparse(s)).body[0] for s in body], [])
    return ast.unparse(ast.fix_missing_locations(tree)).splitlines()


def _collect_tails(block, tails):
    """Whether every path through ``block`` ends with ``acc = E``; the blocks whose last
    statement that is are added to ``tails``."""
    if not block:
        return False
    last = block[-1]
    if last.__class__ is ast.Assign and len(last.targets) == 1 \
            and last.targets[0].__class__ is ast.Name and last.targets[0].id == "acc":
        tails.append(block)
        return True
    if last.__class__ is ast.If:
        return _collect_tails(last.body, tails) and _collect_tails(last.orelse, tails)
    return False
