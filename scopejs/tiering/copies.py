"""Copy propagation inside one lowered instruction of the direct form.

A template names its operands (``o = REG[r]``, ``x = ACC``) and its result (``ACC = v``), so
its lowering copies a register into a temporary and the temporary into the accumulator.  In
the interpreter those names cost nothing extra (the register file is a list either way); in the
direct form registers and the accumulator are Python locals already, and every copy is a
LOAD_FAST/STORE_FAST pair executed each time the instruction runs (four bytecodes of a
property read's ~28, four of a comparison's ~20).  Two rewrites remove them, both
within one instruction (a temporary -- ``_name`` -- is the instruction's own: the next
instruction assigns it before reading it):

* forward: ``_t = s`` (s a name, or ``s.__class__`` read once) at the instruction's top level,
  ``_t`` assigned nowhere else:
  every later read of ``_t`` reads ``s`` instead, when no path from the copy to that read can
  assign ``s`` (``_y = acc ... acc = _x < _y`` keeps reading ``acc`` before it is assigned);
* backward: the last statement ``acc = _t`` when the instruction neither reads the accumulator
  nor assigns it elsewhere: ``_t`` is renamed ``acc`` (the value lands there directly).

Both are refused for code whose order of evaluation the check does not follow (loops, ``try``,
``with``, nested scopes) and the backward one for an instruction that makes a frame record
(``here()`` reads the accumulator).  What the code computes is unchanged: the same values flow
to the same operations, through fewer locals.
"""
from __future__ import annotations

import ast
from dataclasses import replace
from functools import lru_cache

_SIMPLE = (ast.Assign, ast.AugAssign, ast.Expr, ast.Return, ast.Raise, ast.Pass,
           ast.Continue, ast.Break)
_OPAQUE = (ast.While, ast.For, ast.Try, ast.With, ast.Lambda, ast.ListComp, ast.SetComp,
           ast.DictComp, ast.GeneratorExp, ast.FunctionDef, ast.ClassDef, ast.Global,
           ast.Nonlocal, ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith)


def propagate_copies(low):
    """``low`` (a Lowered instruction) with its copies propagated (module docstring)."""
    lines = _propagate(tuple(low.lines))
    return low if lines is None else replace(low, lines=list(lines))


@lru_cache(maxsize=20_000)
def _propagate(lines):
    text = "\n".join(lines)
    if "_" not in text:
        return None
    tree = ast.parse(text)
    if any(isinstance(n, _OPAQUE) for n in ast.walk(tree)):
        return None
    changed = False
    while _forward_once(tree.body):
        changed = True
    if "here()" not in text and _backward(tree):
        changed = True
    return tuple(ast.unparse(tree).splitlines()) if changed else None


def _names(node, name, ctx):
    return [n for n in ast.walk(node) if n.__class__ is ast.Name and n.id == name
            and n.ctx.__class__ is ctx]


def _is_temp_copy(stmt):
    return (stmt.__class__ is ast.Assign and len(stmt.targets) == 1
            and stmt.targets[0].__class__ is ast.Name and stmt.targets[0].id.startswith("_")
            and (stmt.value.__class__ is ast.Name or _class_of_name(stmt.value)))


def _class_of_name(node):
    """``s.__class__`` (s a name): a copy worth propagating only into a single read."""
    return (node.__class__ is ast.Attribute and node.attr == "__class__"
            and node.value.__class__ is ast.Name)


def _forward_once(body):
    """Propagate one top-level copy ``_t = s``; whether one was."""
    module = ast.Module(body=body, type_ignores=[])
    for k, stmt in enumerate(body):
        if not _is_temp_copy(stmt):
            continue
        value = stmt.value
        t = stmt.targets[0].id
        s = value.id if value.__class__ is ast.Name else value.value.id
        if t == s or len(_names(module, t, ast.Store)) != 1:
            continue
        if value.__class__ is ast.Attribute and len(_names(module, t, ast.Load)) != 1:
            continue
        if any(_names(earlier, t, ast.Load) for earlier in body[:k]):
            continue
        ok, _ = _reads_before_store(body[k + 1:], t, s, False)
        if not ok:
            continue
        del body[k]
        for rest in body[k:]:
            for parent in ast.walk(rest):
                for field, child in ast.iter_fields(parent):
                    if child.__class__ is ast.Name and child.id == t:
                        setattr(parent, field, _copy_of(value))
                    elif child.__class__ is list:
                        child[:] = [_copy_of(value) if c.__class__ is ast.Name and c.id == t
                                    else c for c in child]
        return True
    return False


def _copy_of(value):
    return ast.Attribute(ast.Name(value.value.id, ast.Load()), value.attr, ast.Load()) \
        if value.__class__ is ast.Attribute else ast.Name(value.id, ast.Load())


def _reads_before_store(stmts, t, s, stored):
    """(no read of ``t`` can follow an assignment of ``s``, whether ``s`` may be assigned
    after ``stmts``) along every path through ``stmts`` (structured: ifs and simple
    statements); ``stored``: whether ``s`` may have been assigned before them."""
    for stmt in stmts:
        if stmt.__class__ is ast.If:
            ok, stored = _simple(stmt.test, t, s, stored)
            if not ok:
                return False, True
            ok1, s1 = _reads_before_store(stmt.body, t, s, stored)
            ok2, s2 = _reads_before_store(stmt.orelse, t, s, stored)
            if not (ok1 and ok2):
                return False, True
            stored = s1 or s2
        elif isinstance(stmt, _SIMPLE):
            ok, stored = _simple(stmt, t, s, stored)
            if not ok:
                return False, True
        else:
            return False, True
    return True, stored


def _simple(node, t, s, stored):
    """One statement (or an if's test): its reads happen before its assignment targets are
    written, except a walrus's (refused when it assigns ``s`` where ``t`` is read)."""
    reads = bool(_names(node, t, ast.Load))
    walrus = any(n.__class__ is ast.NamedExpr and n.target.id == s for n in ast.walk(node))
    if reads and (stored or walrus):
        return False, True
    return True, stored or bool(_names(node, s, ast.Store))


def _backward(tree):
    """Rename the temporary of a final ``acc = _t`` to ``acc``; whether it was."""
    body = tree.body
    if not body:
        return False
    last = body[-1]
    if not (last.__class__ is ast.Assign and len(last.targets) == 1
            and last.targets[0].__class__ is ast.Name and last.targets[0].id == "acc"
            and last.value.__class__ is ast.Name and last.value.id.startswith("_")):
        return False
    t = last.value.id
    if _names(tree, "acc", ast.Load) or len(_names(tree, "acc", ast.Store)) != 1:
        return False
    if any(n.__class__ is ast.NamedExpr and n.target.id == t for n in ast.walk(tree)):
        return False
    del body[-1]
    for n in ast.walk(tree):
        if n.__class__ is ast.Name and n.id == t:
            n.id = "acc"
    return True
