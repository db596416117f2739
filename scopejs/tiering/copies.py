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

Both are refused for code whose order of evaluation the check does not follow (``for``,
``try``, ``with``, nested scopes; a ``while`` is followed as a body that may run again), and
the backward one for an instruction that makes a frame record (``here()`` reads the
accumulator).  What the code computes is unchanged: the same values flow to the same
operations, through fewer locals.
"""
from __future__ import annotations

import ast
import re
from dataclasses import replace
from functools import lru_cache

_SIMPLE = (ast.Assign, ast.AugAssign, ast.Expr, ast.Return, ast.Raise, ast.Pass,
           ast.Continue, ast.Break)
# (shaped code has no string literal: a keyword in its text is the keyword)
_OPAQUE_WORDS = re.compile(r"\b(?:for|try|with|lambda|def|class|global|nonlocal|async)\b")


def propagate_copies(low):
    """``low`` (a Lowered instruction) with its copies propagated (module docstring)."""
    shaped, values = shape(low.lines)
    lines = _propagate(shaped)
    return low if lines is None else replace(low, lines=unshape(lines, values))


# The lowerings of one template differ only in register names, the names of decode-time values
# (``value_13``) and string literals (property names): analyses that treat every name alike
# see them through placeholders, so their caches hold one entry per shape of code.
# (a string literal as ast.unparse writes it, escapes included, in either quote: scanning from
# the left, a literal is consumed whole before anything inside it could match)
_VARIABLE = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|\bR\d+\b|\b[A-Za-z]+_\d+\b""")
_PLACEHOLDER = re.compile(r"\bV(\d+)__\b|'V(\d+)__'")


def shape(lines):
    """(``lines`` with placeholders, the values they stand for)."""
    values = []
    index = {}

    def sub(m):
        text = m.group(0)
        k = index.get(text)
        if k is None:
            k = index[text] = len(values)
            values.append(text)
        return f"'V{k}__'" if text[0] in "'\"" else f"V{k}__"
    return tuple(_VARIABLE.sub(sub, line) for line in lines), values


def unshape(lines, values):
    """The lines of a shaped analysis's result with its placeholders' values back."""
    return [_PLACEHOLDER.sub(lambda m: values[int(m.group(1) or m.group(2))], line)
            for line in lines]


# a top-level copy into a temporary, or a final copy of one into the accumulator
_CANDIDATE = re.compile(r"^_[A-Za-z]\w* = [\w.]+$|^acc = _[A-Za-z]\w*$", re.M)


@lru_cache(maxsize=20_000)
def _propagate(lines):
    """The rewritten lines, or None.  ``lines`` are shaped (``shape``: no string literal),
    one statement per line as the lowering writes them, so a rewrite is a line deleted and
    a temporary's name replaced token by token in the text, and the same edit made to the
    parsed tree the decisions are made on (parsed once)."""
    text = "\n".join(lines)
    if not _CANDIDATE.search(text) or _OPAQUE_WORDS.search(text):
        return None
    lines = list(lines)
    tree = ast.parse(text)
    names = [n for n in nodes(tree) if n.__class__ is ast.Name]
    loads, stores = {}, {}
    for n in names:
        counts = loads if n.ctx.__class__ is ast.Load else stores
        counts[n.id] = counts.get(n.id, 0) + 1
    cache = {}
    deleted = []   # (line numbers of the original text removed)
    changed = False
    while (found := _forward_candidate(tree.body, cache, loads, stores)) is not None:
        k, t, value = found
        stmt = tree.body.pop(k)
        number = stmt.lineno - 1
        line = number - sum(1 for d in deleted if d < number)
        deleted.append(number)
        del lines[line]
        base = value.id if value.__class__ is ast.Name else value.value.id
        replacement = base if value.__class__ is ast.Name else f"{base}.{value.attr}"
        token = re.compile(rf"\b{t}\b")
        lines[line:] = [token.sub(replacement, text_line) for text_line in lines[line:]]
        # the same edit to the tree (what the decisions read of it: names) and to what is
        # known of it (an attribute copy's one read now reads its base)
        for n in names:
            if n.id == t:
                n.id = base
        loads[base] = loads.get(base, 0) + loads.get(t, 0) - 1
        loads[t] = stores[t] = 0
        for summary in cache.values():
            if t in summary.loads:
                summary.loads.discard(t)
                summary.loads.add(base)
        changed = True
    t = _backward_candidate(tree, loads, stores)
    if t is not None and "here()" not in text and not re.search(rf"\b{t} :=", text):
        del lines[-1]
        token = re.compile(rf"\b{t}\b")
        lines = [token.sub("acc", line) for line in lines]
        changed = True
    return tuple(lines) if changed else None


_AST = ast.AST


def nodes(node):
    """Every node under ``node`` (itself included), in no particular order: ast.walk without
    its generators (the analyses here walk small trees many times)."""
    out = []
    stack = [node]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        n = pop()
        out.append(n)
        for field in n._fields:
            v = getattr(n, field, None)
            if v.__class__ is list:
                extend([x for x in v if isinstance(x, _AST)])
            elif isinstance(v, _AST):
                push(v)
    return out


class _Summary:
    """Which names one statement (or an if's test, without its branches) loads and stores."""
    __slots__ = ("loads", "stores", "walrus")

    def __init__(self, node):
        if node.__class__ is ast.If or node.__class__ is ast.While:   # (its test: the
            # statements inside are summarised one by one)
            node = node.test
        self.loads, self.stores, self.walrus = set(), set(), set()
        for n in nodes(node):
            c = n.__class__
            if c is ast.Name:
                (self.loads if n.ctx.__class__ is ast.Load else self.stores).add(n.id)
            elif c is ast.NamedExpr:
                self.walrus.add(n.target.id)


def _summary(stmt, cache):
    summary = cache.get(id(stmt))
    if summary is None:
        cache[id(stmt)] = summary = _Summary(stmt)
    return summary


def _is_temp_copy(stmt):
    return (stmt.__class__ is ast.Assign and len(stmt.targets) == 1
            and stmt.targets[0].__class__ is ast.Name and stmt.targets[0].id.startswith("_")
            and (stmt.value.__class__ is ast.Name or _class_of_name(stmt.value)))


def _class_of_name(node):
    """``s.__class__`` (s a name): a copy worth propagating only into a single read."""
    return (node.__class__ is ast.Attribute and node.attr == "__class__"
            and node.value.__class__ is ast.Name)


def _forward_candidate(body, cache, loads, stores):
    """(index in ``body``, temporary, the value it copies) of the first top-level copy that
    can be propagated, or None; ``loads``/``stores``: how often each name is read/written."""
    for k, stmt in enumerate(body):
        if not _is_temp_copy(stmt):
            continue
        value = stmt.value
        t = stmt.targets[0].id
        s = value.id if value.__class__ is ast.Name else value.value.id
        if t == s or stores.get(t) != 1:
            continue
        if value.__class__ is ast.Attribute and (loads.get(t) != 1 or any(
                _is_temp_copy(other) and other.value.__class__ is ast.Name
                and other.value.id == t for other in body)):
            continue   # (read once, and not by a copy: in the tree its read becomes the base)
        if any(t in _summary(earlier, cache).loads for earlier in body[:k]):
            continue
        ok, _ = _reads_before_store(body[k + 1:], t, s, False, cache)
        if ok:
            return k, t, value
    return None


def _reads_before_store(stmts, t, s, stored, cache):
    """(no read of ``t`` can follow an assignment of ``s``, whether ``s`` may be assigned
    after ``stmts``) along every path through ``stmts`` (structured: ifs and simple
    statements); ``stored``: whether ``s`` may have been assigned before them."""
    for stmt in stmts:
        if stmt.__class__ is ast.If:
            ok, stored = _simple(_summary(stmt, cache), t, s, stored)
            if not ok:
                return False, True
            ok1, s1 = _reads_before_store(stmt.body, t, s, stored, cache)
            ok2, s2 = _reads_before_store(stmt.orelse, t, s, stored, cache)
            if not (ok1 and ok2):
                return False, True
            stored = s1 or s2
        elif stmt.__class__ is ast.While and not stmt.orelse:
            # its test and body run again after the body: an assignment of s anywhere in
            # the loop may precede any read in it
            stored = stored or any(n.__class__ is ast.Name and n.id == s
                                   and n.ctx.__class__ is ast.Store for n in nodes(stmt))
            ok, _ = _simple(_summary(stmt, cache), t, s, stored)
            ok_body, _ = _reads_before_store(stmt.body, t, s, stored, cache)
            if not (ok and ok_body):
                return False, True
        elif isinstance(stmt, _SIMPLE):
            ok, stored = _simple(_summary(stmt, cache), t, s, stored)
            if not ok:
                return False, True
        else:
            return False, True
    return True, stored


def _simple(summary, t, s, stored):
    """One statement (or an if's test): its reads happen before its assignment targets are
    written, except a walrus's (refused when it assigns ``s`` where ``t`` is read)."""
    reads = t in summary.loads
    if reads and (stored or s in summary.walrus):
        return False, True
    return True, stored or s in summary.stores


def _backward_candidate(tree, loads, stores):
    """The temporary of a final ``acc = _t`` that can be renamed ``acc``, or None: the
    instruction neither reads ``acc`` nor writes it elsewhere (the caller refuses a ``_t``
    a walrus assigns)."""
    body = tree.body
    if not body:
        return None
    last = body[-1]
    if not (last.__class__ is ast.Assign and len(last.targets) == 1
            and last.targets[0].__class__ is ast.Name and last.targets[0].id == "acc"
            and last.value.__class__ is ast.Name and last.value.id.startswith("_")):
        return None
    t = last.value.id
    if loads.get("acc", 0) or stores.get("acc") != 1:
        return None
    return t
