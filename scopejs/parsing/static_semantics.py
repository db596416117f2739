"""Static semantics of patterns shared by every stage (8.2.1 BoundNames): the parser's early
errors and preparse records, scope analysis, the bytecode generator and module linking all call
these, so the walk over a pattern is written once; also the ModuleRequests of module
declarations."""
from __future__ import annotations

from typing import NamedTuple


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


class ModuleRequest(NamedTuple):
    """ModuleRequest Record (ES2025 16.2.1): [[Specifier]] and [[Attributes]], the import attributes as
    (key, value) pairs sorted by key (so that equal requests are equal tuples: the module map is
    keyed by the specifier's resolution and the attributes)."""
    specifier: str
    attributes: tuple = ()

    @property
    def type(self):
        """The value of the `type` attribute (None when absent)."""
        for key, value in self.attributes:
            if key == "type":
                return value
        return None


def with_clause_to_attributes(attributes) -> tuple:
    """Static Semantics: WithClauseToAttributes (ES2025 16.2.2), sorted by key (as ModuleRequests sorts
    them); ``attributes`` is the ImportAttribute list of a declaration (None: no with clause)."""
    pairs = []
    for entry in attributes or ():
        key = entry.key
        pairs.append((key.name if key.type == "Identifier" else key.value, entry.value.value))
    return tuple(sorted(pairs))


def module_request(declaration) -> ModuleRequest:
    """Static Semantics: ModuleRequests (ES2025 16.2.1) of one import / export-from declaration."""
    return ModuleRequest(declaration.source.value,
                         with_clause_to_attributes(declaration.attributes))
