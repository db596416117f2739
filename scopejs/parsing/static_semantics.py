"""Static semantics of patterns shared by every stage (8.2.1 BoundNames): the parser's early
errors and preparse records, scope analysis, the bytecode generator and module linking all call
these, so the walk over a pattern is written once."""
from __future__ import annotations


def bound_identifiers(pattern, out: list | None = None) -> list:
    """8.2.1 Static Semantics: BoundNames, as the Identifier nodes of a binding pattern, in
    source order.  Also walks assignment patterns (13.15.5), whose targets may be
    parenthesized; member-expression targets bind no name."""
    if out is None:
        out = []
    stack = [pattern]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        t = node.type
        if t == "Identifier":
            out.append(node)
        elif t == "ObjectPattern":
            stack.extend(reversed(node.properties))
        elif t == "ArrayPattern":
            stack.extend(reversed(node.elements))
        elif t == "Property":
            stack.append(node.value)
        elif t == "AssignmentPattern":
            stack.append(node.left)
        elif t == "RestElement":
            stack.append(node.argument)
        elif t == "ParenthesizedExpression":
            stack.append(node.expression)
    return out


def bound_names(pattern, out: list | None = None) -> list:
    """8.2.1 Static Semantics: BoundNames of a binding pattern (names in source order)."""
    names = [ident.name for ident in bound_identifiers(pattern)]
    if out is None:
        return names
    out.extend(names)
    return out
