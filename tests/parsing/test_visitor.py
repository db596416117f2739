"""syntax/visitor.py: dispatch by class, transformer, exhaustiveness, iterative walk."""
from __future__ import annotations

from scopejs.parsing.parser import parse
from scopejs.syntax.nodes import NODE_CLASSES
from scopejs.syntax.visitor import NodeTransformer, NodeVisitor, walk


class Names(NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Identifier(self, node):
        self.names.append(node.name)


def test_visitor_dispatch_and_generic_visit():
    visitor = Names()
    visitor.visit(parse("var a = b + c.d; [, e] = f;", lazy=False))
    assert visitor.names == ["a", "b", "c", "d", "e", "f"]


def test_transformer_replaces_and_drops():
    class Rename(NodeTransformer):
        def visit_Identifier(self, node):
            node.name = node.name.upper()
            return node

        def visit_EmptyStatement(self, node):
            return None

    program = Rename().visit(parse("a; ; b;", lazy=False))
    assert [s.expression.name for s in program.body] == ["A", "B"]


def test_exhaustiveness_report():
    assert "Identifier" not in Names.check_exhaustive()
    assert len(Names.check_exhaustive()) == len(NODE_CLASSES) - 1


def test_walk_is_iterative_and_preorder():
    program = parse("x" + "+x" * 5000, lazy=False)
    nodes = list(walk(program))
    assert nodes[0] is program and len(nodes) == 2 + 5000 * 2 + 1
