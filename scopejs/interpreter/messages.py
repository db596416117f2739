"""Error messages as node prints them, with V8's "call printer" for the callee text.

``x is not a function`` names the callee as it is written at the call site (``obj.foo``,
``f(...)``, ``(intermediate value).x``): we find the call expression from the instruction's
source position and render its callee (slow path only: errors).
"""
from __future__ import annotations

from scopejs.runtime.abstract_ops.object_operations import describe_for_error
from scopejs.runtime.completion import throw_type_error

_CALL_KINDS = ("CallExpression", "NewExpression")


def _render(node, depth=0) -> str:
    t = getattr(node, "type", None)
    if depth > 8:
        return "(intermediate value)"
    if t == "Identifier":
        return node.name
    if t == "ThisExpression":
        return "this"
    if t == "ParenthesizedExpression":
        return _render(node.expression, depth)
    if t == "ChainExpression":
        return _render(node.expression, depth)
    if t == "MemberExpression":
        obj = "super" if getattr(node.object, "type", None) == "Super" else \
            _render(node.object, depth + 1)
        if obj == "super":
            obj = "(intermediate value)"
        prop = node.property
        if not node.computed:
            if getattr(prop, "type", None) == "PrivateIdentifier":
                return f"{obj}.#{prop.name}"
            return f"{obj}.{prop.name}"
        if getattr(prop, "type", None) == "Literal":
            if isinstance(prop.value, str):
                return f"{obj}.{prop.value}"
            return f"{obj}[{prop.raw}]"
        return f"{obj}[{_render(prop, depth + 1)}]" if getattr(prop, "type", None) == \
            "Identifier" else f"{obj}[...]"
    if t in _CALL_KINDS:
        return f"{_render(node.callee, depth + 1)}(...)"
    if t == "Literal":
        return node.raw if node.raw is not None else "(intermediate value)"
    if t == "ObjectExpression":
        return "{(intermediate value)}" if node.properties else "{}"
    if t == "ArrayExpression":
        return "[(intermediate value)]" if node.elements else "[]"
    return "(intermediate value)"


def _find_calls(node, offset):
    """Every call/new expression containing ``offset``, innermost first."""
    found = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur is None or not hasattr(cur, "start"):
            continue
        if not (cur.start <= offset <= cur.end):
            continue
        if getattr(cur, "type", None) in _CALL_KINDS:
            found.append(cur)
        try:
            stack.extend(cur.children())
        except Exception:  # noqa: BLE001 - diagnostics only
            pass
    found.sort(key=lambda c: c.end - c.start)
    return found


def callee_text(frame, index):
    """The callee as written at the call instruction ``index`` of ``frame``, or None."""
    try:
        bc = frame.bytecode
        pos = bc.source_position_at(index)
        sfi = bc.sfi
        node = getattr(sfi, "node", None)
        if pos is None or node is None:
            return None
        calls = _find_calls(node, pos[0])
        if not calls:
            return None
        starting = [c for c in calls if c.start == pos[0]] or calls
        # Calls sharing a start offset (f()() / f().g()) run innermost first: the k-th call
        # instruction at this position is the k-th candidate.
        k = 0
        for i in range(index):
            op = bc.instructions[i][0]
            if getattr(op, "name", "").startswith(("Call", "Construct")) and \
                    getattr(op, "name", "") != "CallRuntime":
                p = bc.source_position_at(i)
                if p is not None and p[0] == pos[0]:
                    k += 1
        return _render(starting[min(k, len(starting) - 1)].callee)
    except Exception:  # noqa: BLE001 - never let diagnostics fail
        return None


def throw_not_callable(frame, index, value):
    text = callee_text(frame, index)
    if text is None:
        text = describe_for_error(value)
    throw_type_error(f"{text} is not a function")


def throw_not_constructor(frame, index, value):
    text = callee_text(frame, index)
    if text is None:
        text = describe_for_error(value)
    throw_type_error(f"{text} is not a constructor")


def _expression_at(node, offset):
    """The outermost node starting exactly at ``offset``, narrowed to the iterated expression
    (spread argument, declarator initializer, assignment right-hand side)."""
    best = None
    stack = [node]
    while stack:
        cur = stack.pop()
        if cur is None or not hasattr(cur, "start") or not (cur.start <= offset <= cur.end):
            continue
        if cur.start == offset and cur is not node and \
                (best is None or cur.end - cur.start > best.end - best.start):
            best = cur
        try:
            stack.extend(cur.children())
        except Exception:  # noqa: BLE001 - diagnostics only
            pass
    for _ in range(4):
        t = getattr(best, "type", None)
        if t == "SpreadElement":
            best = best.argument
        elif t == "VariableDeclaration" and best.declarations:
            best = best.declarations[0].init
        elif t == "VariableDeclarator":
            best = best.init
        elif t == "ExpressionStatement":
            best = best.expression
        elif t == "AssignmentExpression":
            best = best.right
        else:
            break
    return best


def throw_not_iterable(frame, index, value):
    """`x is not iterable` naming the iterated expression as written (V8's call printer)."""
    text = None
    try:
        bc = frame.bytecode
        pos = bc.source_position_at(index)
        node = getattr(bc.sfi, "node", None)
        if pos is not None and node is not None:
            expr = _expression_at(node, pos[0])
            if expr is not None and expr.type not in ("CallExpression",):
                text = _render(expr)
    except Exception:  # noqa: BLE001 - never let diagnostics fail
        text = None
    if text is None or text == "(intermediate value)":
        text = describe_for_error(value)
    throw_type_error(f"{text} is not iterable")


def display(value, for_in=False) -> str:
    return describe_for_error(value)
