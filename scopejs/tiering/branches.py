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

from scopejs.tiering.copies import nodes

_BRANCH = {"if acc is False:": False, "if acc is True:": True}


def fuse_test_and_jump(test_lines, jump_lines):
    """The lines of the test instruction with the jump inside, or None when its accumulator
    stores are not all final statements of a complete if-tree (every path ends assigning
    the accumulator, nothing else assigns it).  The tree decides; the rewrite is textual
    (the lowering writes one statement per line)."""
    jumps_when = _BRANCH.get(jump_lines[0]) if jump_lines else None
    if jumps_when is None or any(not line.startswith("    ") for line in jump_lines[1:]):
        return None
    tree = ast.parse("\n".join(test_lines))
    tails = []
    if not _collect_tails(tree.body, tails):
        return None
    stores = [n for n in nodes(tree) if n.__class__ is ast.Name and n.id == "acc"
              and n.ctx.__class__ is ast.Store]
    if len(stores) != len(tails):
        return None
    out = list(test_lines)
    for block in sorted(tails, key=lambda b: -b[-1].lineno):   # (bottom up: indices hold)
        stmt = block[-1]
        k = stmt.lineno - 1
        line = out[k]
        indent = line[:len(line) - len(line.lstrip())]
        value = line.strip()[len("acc = "):]
        if stmt.value.__class__ is ast.Compare:
            test = value if jumps_when else f"not ({value})"
        else:
            test = f"({value}) is {jumps_when}"
        out[k:k + 1] = [f"{indent}if {test}:"] + [indent + body for body in jump_lines[1:]]
    return out


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
