"""What the tier speculates on: which operands of an instruction it expects to be Numbers.

This is data about types, not semantics: the instruction's code is always its template (the one
definition, lowered by codegen); a guard placed before it deoptimizes when an operand is not a
Number, so the function goes back to the interpreter at that instruction and the site is not
speculated on again when the function is re-optimized (V8's eager deopt on a type-feedback
miss).  Numbers are Python floats, so no representation changes: -0, NaN and 2**53 behave as the
template says.
"""
from __future__ import annotations

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


def guard_for(op, operands, reg=_frame_register):
    """A Python condition that holds when the speculation holds, or None (no speculation);
    ``reg`` spells a register as the target does."""
    spec = NUMBER_OPERANDS.get(op)
    if spec is None:
        return None
    terms = []
    for which in spec:
        value = "acc" if which == "acc" else reg(operands[0])
        terms.append(f"{value}.__class__ is F")
    return " and ".join(terms)


# -- specialization: the template's code under the guard's facts --------------------------------

def specialize(lines, op, operands, reg=_frame_register):
    """(cached: the same lines under the same guard fold the same way)"""
    return list(_specialize(tuple(lines), op, tuple(operands), reg))


@lru_cache(maxsize=20_000)
def _specialize(lines, op, operands, reg):
    """The lowered lines of a speculated instruction with the type tests the guard already
    decided folded away (``x.__class__ is F`` -> True for a guarded operand), so only the
    template's Number path remains.  Generic over templates: it folds identity tests of
    ``__class__`` and boolean connectives, nothing opcode-specific."""
    import ast
    spec = NUMBER_OPERANDS.get(op)
    if spec is None or not lines:
        return lines
    known = {"acc" if which == "acc" else reg(operands[0]) for which in spec}
    tree = ast.parse("\n".join(lines))
    tree.body = _fold_block(tree.body, known, set())
    return ast.unparse(tree).splitlines()


def _fold_block(stmts, known, classes):
    import ast
    out = []
    for stmt in stmts:
        if isinstance(stmt, ast.If):
            value = _decide(stmt.test, known, classes)
            if value is None:
                stmt.body = _fold_block(stmt.body, set(known), set(classes)) or [ast.Pass()]
                stmt.orelse = _fold_block(stmt.orelse, set(known), set(classes))
                out.append(stmt)
                known.clear()   # a branch may have reassigned anything: stop folding
                classes.clear()
            else:
                out.extend(_fold_block(stmt.body if value else stmt.orelse, known, classes))
            continue
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 \
                and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            source = ast.unparse(stmt.value)
            known.discard(name)
            classes.discard(name)
            if source in known:
                known.add(name)
            elif _is_class_of_known(stmt.value, known):
                classes.add(name)
        else:
            known.clear()
            classes.clear()
        out.append(stmt)
    return out


def _is_class_of_known(node, known):
    import ast
    return (isinstance(node, ast.Attribute) and node.attr == "__class__"
            and ast.unparse(node.value) in known)


def _is_float_class(node, known, classes):
    import ast
    if isinstance(node, ast.Name):
        return node.id == "F" or node.id in classes
    return _is_class_of_known(node, known)


def _decide(test, known, classes):
    """True/False when the facts decide ``test``, else None."""
    import ast
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
