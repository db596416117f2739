"""What the tier speculates on: which operands of an instruction it expects to be Numbers.

This is data about types, not semantics: the instruction's code is always its template (the one
definition, lowered by codegen); a guard placed before it deoptimizes when an operand is not a
Number, so the function goes back to the interpreter at that instruction and the site is not
speculated on again when the function is re-optimized (V8's eager deopt on a type-feedback
miss).  Numbers are Python floats, so no representation changes: -0, NaN and 2**53 behave as the
template says.

What is known follows the code (``fold`` / ``fold_facts``): the direct form carries, from one
instruction to the next and between blocks, which Python locals hold floats -- a guarded
operand, a Number literal, float arithmetic of known floats -- so a class test those facts
decide folds away and a guard they make redundant is not emitted (direct.py).  Adds and
comparisons are never guarded, but fold to their float path when both operands are known.
"""
from __future__ import annotations

import ast
import re
from functools import lru_cache

from scopejs.bytecode.opcodes import Op

# op -> the operands speculated to be Numbers: "acc" and/or "reg" (the first register operand)
# Not Add, AddSmi or the relational comparisons: without type feedback from the interpreter a
# guard cannot tell a Number site from a String one, and their templates already test both
# inline (a guard would only turn every string concatenation into a deopt).
NUMBER_OPERANDS = {
    **{op: ("reg", "acc") for op in (
        Op.Sub, Op.Mul, Op.Div, Op.Mod, Op.BitwiseOr, Op.BitwiseXor, Op.BitwiseAnd,
        Op.ShiftLeft, Op.ShiftRight, Op.ShiftRightLogical)},
    **{op: ("acc",) for op in (
        Op.SubSmi, Op.MulSmi, Op.DivSmi, Op.ModSmi, Op.BitwiseOrSmi,
        Op.BitwiseAndSmi, Op.ShiftLeftSmi, Op.ShiftRightSmi, Op.Inc, Op.Dec, Op.Negate)},
}


def _frame_register(index):
    return f"regs[{index}]"


def speculated_operands(op, operands, reg=_frame_register):
    """The expressions ``op`` speculates to be Numbers (as the target spells them), or ()."""
    return tuple("acc" if which == "acc" else reg(operands[0])
                 for which in NUMBER_OPERANDS.get(op, ()))


def guard_for(op, operands, reg=_frame_register, facts=frozenset()):
    """A Python condition that holds when the speculation holds, or None (no speculation, or
    ``facts`` -- expressions already known to hold Python floats -- decide it); ``reg``
    spells a register as the target does."""
    terms = [f"{value}.__class__ is F" for value in speculated_operands(op, operands, reg)
             if value not in facts]
    return " and ".join(terms) if terms else None


# -- specialization: the template's code under known facts --------------------------------------

def specialize(lines, op, operands, reg=_frame_register):
    """The lowered lines of a speculated instruction with the type tests its guard decides
    folded away, so only the template's Number path remains."""
    return list(fold(tuple(lines), frozenset(speculated_operands(op, operands, reg)))[0])


_ASSIGNED = re.compile(r"\b(\w+) ?(?:[-+*/%&|^@]|<<|>>|//|\*\*)?=(?!=)|\b(\w+) ?:=")
_UNCLEAR = re.compile(r"\bfor\b|\bas\b|^[^=\n]*,[^=\n]*=(?!=)", re.M)
_COPY = re.compile(r"(\w+) = ([\w.]+)$")
_TARGETS = re.compile(r"^\s*(?:\w+ = )+", re.M)


def fold_facts(lines, known):
    """fold() of one instruction's lines under the facts ``known``: (lines, facts after).
    Lines without a type test have nothing to fold: their facts are followed without parsing
    (a copy ``a = b`` carries b's fact, any other assignment drops the name's) -- most
    instructions, and the cost of optimizing is the cost of lowering them."""
    text = "\n".join(lines)
    relevant = frozenset(k for k in known if k in text)
    if "float(" in text or ("__class__" in text and relevant and any(
            k in _TARGETS.sub("", text) for k in relevant)):   # (a fact decides a test only
        code, after = fold(tuple(lines), relevant)               # about a name that is read)
        return list(code), (known - relevant) | after
    if len(lines) == 1 and (m := _COPY.match(lines[0])):   # (Ldar, Star, LdaSmi ...)
        target, source = m.groups()
        after = set(known)
        after.discard(target)
        if source in known or _is_float_literal(source):
            after.add(target)
        return lines, after
    if not relevant:
        return lines, known   # (assigns no name that is known)
    if _UNCLEAR.search(text):   # (targets the pattern below may miss: forget what it mentions)
        return lines, known - relevant
    assigned = {a or b for a, b in _ASSIGNED.findall(text)}
    return lines, known - assigned


def _is_float_literal(source):
    try:
        float(source)
    except ValueError:
        return False
    return any(c in source for c in ".eE") and not source.isidentifier()


@lru_cache(maxsize=20_000)
def fold(lines, known):
    """(lines, facts after them): ``lines`` (one lowered instruction) with the type tests that
    ``known`` -- names and expressions known to hold Python floats (Numbers) -- decides folded
    away (``x.__class__ is F`` -> True for a known ``x``), and what is known after they run.
    Generic over templates: it folds identity tests of ``__class__`` and boolean connectives
    and types the right-hand sides of assignments (float literals, arithmetic of known floats,
    ``float(...)``, ``math.fmod``), nothing opcode-specific.  A fact is about a Python local:
    only an assignment to that name can change it, so a name assigned anywhere the folding
    cannot follow (a branch it could not decide, a loop, a walrus) loses its fact."""
    if not lines:
        return lines, known
    tree = ast.parse("\n".join(lines))
    facts = set(known)
    tree.body = _drop_dead_temps(_fold_block(tree.body, facts, set()))
    return tuple(ast.unparse(tree).splitlines()), frozenset(facts)


def _drop_dead_temps(stmts):
    """Without the assignments of a template temporary (``_name``) that nothing after them in
    the instruction reads, when computing the value cannot have an effect (a name, a constant,
    ``x.__class__``): what folding leaves behind.  A temporary is the instruction's own: a
    later instruction assigns it before reading it."""
    out = []
    loaded = set()
    for stmt in reversed(stmts):
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name) \
                and stmt.targets[0].id.startswith("_") and stmt.targets[0].id not in loaded \
                and _pure(stmt.value):
            continue
        loaded.update(n.id for n in ast.walk(stmt) if n.__class__ is ast.Name
                      and n.ctx.__class__ is ast.Load)
        out.append(stmt)
    return out[::-1]


def _pure(node):
    if node.__class__ in (ast.Name, ast.Constant):
        return True
    return node.__class__ is ast.Attribute and node.attr == "__class__" and _pure(node.value)


def _stores(node):
    return {n.id for n in ast.walk(node) if n.__class__ is ast.Name
            and n.ctx.__class__ is ast.Store}


def _forget_memory(stmt, known, classes):
    """Facts about expressions that are not Python locals (the frame form's ``regs[5]``) hold
    only until code that could write memory: a call (a support function may write the
    frame's registers) or a store through a subscript or attribute."""
    if any(n.__class__ is ast.Call or (n.__class__ in (ast.Subscript, ast.Attribute)
                                        and n.ctx.__class__ is ast.Store)
           for n in ast.walk(stmt)):
        for fact in [k for k in known if not k.isidentifier()]:
            known.discard(fact)
        for fact in [k for k in classes if not k.isidentifier()]:
            classes.discard(fact)


def _fold_block(stmts, known, classes):
    out = []
    for stmt in stmts:
        _forget_memory(stmt, known, classes)
        if isinstance(stmt, ast.If):
            stores = _stores(stmt.test)   # (a walrus in the test)
            known -= stores
            classes -= stores
            value = _decide(stmt.test, known, classes)
            if value is None:
                stmt.test = _simplify(stmt.test, known, classes)
                branches = []
                for field in ("body", "orelse"):
                    k, c = set(known), set(classes)
                    block = _fold_block(getattr(stmt, field), k, c)
                    setattr(stmt, field, block)
                    if not (block and block[-1].__class__ in _LEAVES):
                        branches.append((k, c))   # (what flows past the if)
                if not stmt.body:
                    stmt.body = [ast.Pass()]
                out.append(stmt)
                # after the if: what every branch that falls through knows
                if branches:
                    known.intersection_update(*(k for k, _ in branches))
                    classes.intersection_update(*(c for _, c in branches))
            else:
                out.extend(_fold_block(stmt.body if value else stmt.orelse, known, classes))
            continue
        # (the value is typed with what holds before the assignment: `acc = R5 * acc`)
        is_float = is_class = False
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            is_float = _is_float(stmt.value, known)
            is_class = not is_float and _is_class_of_known(stmt.value, known)
        stores = _stores(stmt)
        known -= stores
        classes -= stores
        if is_float:
            known.add(stmt.targets[0].id)
        elif is_class:
            classes.add(stmt.targets[0].id)
        out.append(stmt)
    return out


_LEAVES = (ast.Return, ast.Raise, ast.Continue, ast.Break)
_FLOAT_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div)
# abstract operations that return a Number (a Python float) for Number operands
_NUMBER_OPERATIONS = frozenset({"operators.Add", "operators.Subtract", "operators.Multiply",
                                "operators.Divide", "operators.Remainder",
                                "operators.Exponentiate"})


def _simplify(test, known, classes):
    """``test`` without the terms of a boolean connective that the facts decide and that do
    not decide it (``a and True and b`` -> ``a and b``).  The terms of an ``and`` are decided
    in order, each knowing the ones before it held: after ``_cx is acc.__class__`` (acc a
    known float) ``_cx`` is the float class, so ``(_cx is F or _cx is str)`` goes."""
    if isinstance(test, ast.BoolOp):
        drop = isinstance(test.op, ast.And)   # (True terms of an and, False ones of an or)
        values = []
        held = set(classes)
        for v in test.values:
            if _decide(v, known, held) is drop:
                continue
            values.append(v)
            if drop and (name := _tested_float_class(v, known, held)) is not None:
                held.add(name)
        if len(values) == 1:
            return values[0]
        if values and len(values) < len(test.values):
            return ast.BoolOp(test.op, values)
    return test


def _tested_float_class(test, known, classes):
    """N when ``test`` is ``N is C`` (or ``C is N``), N a name and C the float class by the
    facts: where the test held, N is the float class too."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Is):
        left, right = test.left, test.comparators[0]
        if isinstance(left, ast.Name) and _is_float_class(right, known, classes):
            return left.id
        if isinstance(right, ast.Name) and _is_float_class(left, known, classes):
            return right.id
    return None


def _is_float(node, known):
    """Whether expression ``node`` evaluates to a Python float, given ``known``."""
    c = node.__class__
    if c is ast.Constant:
        return node.value.__class__ is float
    if c is ast.Name:
        return node.id in known
    if c is ast.BinOp:
        return isinstance(node.op, _FLOAT_OPS) and _is_float(node.left, known) \
            and _is_float(node.right, known)
    if c is ast.UnaryOp:
        return isinstance(node.op, (ast.USub, ast.UAdd)) and _is_float(node.operand, known)
    if c is ast.IfExp:
        return _is_float(node.body, known) and _is_float(node.orelse, known)
    if c is ast.Call and not node.keywords:
        func = ast.unparse(node.func)
        if func == "float" or (func == "math.fmod" and len(node.args) == 2):
            return True
        return func in _NUMBER_OPERATIONS and all(_is_float(a, known) for a in node.args)
    return ast.unparse(node) in known


def _is_class_of_known(node, known):
    return (isinstance(node, ast.Attribute) and node.attr == "__class__"
            and ast.unparse(node.value) in known)


def _is_float_class(node, known, classes):
    if isinstance(node, ast.Name):
        return node.id == "F" or node.id in classes
    return _is_class_of_known(node, known)


def _decide(test, known, classes):
    """True/False when the facts decide ``test``, else None."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Is):
        left, right = test.left, test.comparators[0]
        if _is_float_class(left, known, classes) and _is_float_class(right, known, classes):
            return True
        if _is_float_class(left, known, classes) or _is_float_class(right, known, classes):
            other = right if _is_float_class(left, known, classes) else left
            if isinstance(other, ast.Name) and other.id in ("str", "bool", "int"):
                return False
        return None
    if isinstance(test, ast.BoolOp):
        values = [_decide(v, known, classes) for v in test.values]
        if isinstance(test.op, ast.And):
            if False in values:
                return False
            return True if all(v is True for v in values) else None
        if True in values:
            return True
        return False if all(v is False for v in values) else None
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        value = _decide(test.operand, known, classes)
        return None if value is None else not value
    return None
