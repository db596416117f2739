"""NodeVisitor / NodeTransformer: dispatch on a node's class, derived from the NODE_KINDS table.

    class Counter(NodeVisitor):
        def visit_Identifier(self, node):
            ...
        # kinds without a visit_<Type> method fall back to generic_visit (visit the children)

``NodeVisitor.check_exhaustive()`` lists the node kinds a visitor does not handle explicitly,
so a pass that must handle every kind (a code generator) can assert it in a test.
Lazy function bodies are not forced: a visitor sees ``body is None`` for a preparsed function
unless it calls ``scopejs.parsing.parser.ensure_parsed`` itself.
"""
from __future__ import annotations

from scopejs.syntax.nodes import NODE_CLASSES, Node


class NodeVisitor:
    """Calls ``visit_<Type>(node)`` for each node; ``generic_visit`` visits children in field order."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # Dispatch table built once per visitor class: node class -> unbound method.
        table = {}
        for name, node_cls in NODE_CLASSES.items():
            method = getattr(cls, "visit_" + name, None)
            table[node_cls] = method if method is not None else cls.generic_visit
        cls._dispatch = table

    _dispatch: dict = {}

    def visit(self, node):
        if node is None:
            return None
        if isinstance(node, list):
            return [self.visit(item) for item in node]
        return self._dispatch.get(type(node), type(self).generic_visit)(self, node)

    def generic_visit(self, node):
        for child in node.children():
            self.visit(child)
        return None

    @classmethod
    def check_exhaustive(cls) -> list[str]:
        """Node kinds this visitor leaves to generic_visit (empty list: every kind handled)."""
        return sorted(name for name in NODE_CLASSES if not hasattr(cls, "visit_" + name))


class NodeTransformer(NodeVisitor):
    """Like NodeVisitor, but ``visit_<Type>`` returns the replacement node (or None to drop it
    from a list); ``generic_visit`` rebuilds child fields in place."""

    def generic_visit(self, node):
        for name in node.fields:
            value = getattr(node, name)
            if isinstance(value, Node):
                setattr(node, name, self.visit(value))
            elif isinstance(value, list):
                new_items = []
                for item in value:
                    if isinstance(item, Node):
                        item = self.visit(item)
                        if item is None:
                            continue
                    new_items.append(item)
                value[:] = new_items
        return node


def walk(node):
    """Every node of a tree, depth-first pre-order, iteratively (safe for deep trees)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current is None:
            continue
        yield current
        children = list(current.children())
        children.reverse()
        stack.extend(children)
