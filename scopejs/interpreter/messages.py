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


def display(value, for_in=False) -> str:
    return describe_for_error(value)
