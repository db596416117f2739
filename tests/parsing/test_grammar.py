"""Grammar shapes that need no reference parser: precedence, ASI, classes, modules, cover grammars."""
from __future__ import annotations

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.parsing.parser import parse


def expr(src: str, **kw):
    return parse(src, lazy=False, **kw).body[0].expression


def shape(node):
    """A compact S-expression of an expression tree."""
    t = node.type
    if t == "Identifier":
        return node.name
    if t == "Literal":
        return node.raw
    if t in ("BinaryExpression", "LogicalExpression"):
        return f"({shape(node.left)} {node.operator} {shape(node.right)})"
    if t == "AssignmentExpression":
        return f"({shape(node.left)} {node.operator} {shape(node.right)})"
    if t == "UnaryExpression":
        return f"({node.operator} {shape(node.argument)})"
    if t == "UpdateExpression":
        return f"({node.operator}{shape(node.argument)})" if node.prefix else f"({shape(node.argument)}{node.operator})"
    if t == "ConditionalExpression":
        return f"({shape(node.test)} ? {shape(node.consequent)} : {shape(node.alternate)})"
    if t == "MemberExpression":
        return f"{shape(node.object)}{'?.' if node.optional else '.'}{shape(node.property)}"
    if t == "CallExpression":
        return f"{shape(node.callee)}{'?.' if node.optional else ''}({', '.join(shape(a) for a in node.arguments)})"
    if t == "ChainExpression":
        return f"chain[{shape(node.expression)}]"
    if t == "SequenceExpression":
        return "(" + ", ".join(shape(e) for e in node.expressions) + ")"
    return t


@pytest.mark.parametrize("src,expected", [
    ("a + b * c", "(a + (b * c))"),
    ("a * b + c", "((a * b) + c)"),
    ("a - b - c", "((a - b) - c)"),
    ("a ** b ** c", "(a ** (b ** c))"),
    ("(-a) ** b", "((- a) ** b)"),
    ("a || b && c", "(a || (b && c))"),
    ("a ?? b ?? c", "((a ?? b) ?? c)"),
    ("a | b ^ c & d", "(a | (b ^ (c & d)))"),
    ("a == b < c << d + e", "(a == (b < (c << (d + e))))"),
    ("a = b = c", "(a = (b = c))"),
    ("a ? b : c ? d : e", "(a ? b : (c ? d : e))"),
    ("a += b ? c : d", "(a += (b ? c : d))"),
    ("!a++", "(! (a++))"),
    ("typeof a.b", "(typeof a.b)"),
    ("a?.b.c()", "chain[a?.b.c()]"),
    ("(a?.b).c", "chain[a?.b].c"),
    ("a, b = c", "(a, (b = c))"),
    ("a in b instanceof c", "((a in b) instanceof c)"),
    ("a ||= b && c", "(a ||= (b && c))"),
])
def test_precedence_and_associativity(src, expected):
    assert shape(expr(src)) == expected


@pytest.mark.parametrize("src,count", [
    ("a\nb", 2), ("a\n++b", 2), ("a = b\n(c)", 1), ("a\n[b]", 1), ("x\n/y/g", 1),
    ("return\na", None), ("let x = 1\nlet y = 2", 2), ("do x; while (y) z", 2),
    ("var a = 1; { a } b", 3), ("if (a) b\nelse c", 1), ("a\n`t`", 1),
])
def test_automatic_semicolon_insertion(src, count):
    if count is None:
        program = parse(f"function f() {{ {src} }}", lazy=False)
        body = program.body[0].body.body
        assert body[0].type == "ReturnStatement" and body[0].argument is None
        return
    assert len(parse(src, lazy=False).body) == count


def test_restricted_productions():
    body = parse("function* g() { yield\na }", lazy=False).body[0].body.body
    assert body[0].expression.argument is None
    body = parse("a\n++\nb", lazy=False).body
    assert body[1].expression.type == "UpdateExpression" and body[1].expression.prefix
    with pytest.raises(JSSyntaxError):
        parse("throw\nerror")
    body = parse("async\nx => x", lazy=False).body
    assert body[0].expression.name == "async"


def test_arrow_and_cover_grammars():
    node = expr("({a, b: [c = 1, ...d]} = e)")
    assert node.left.type == "ObjectPattern"
    prop = node.left.properties[1].value
    assert prop.type == "ArrayPattern" and prop.elements[0].type == "AssignmentPattern"
    assert prop.elements[1].type == "RestElement"
    arrow = expr("async ({a}, [b] = c, ...d) => a")
    assert arrow.async_ and [p.type for p in arrow.params] == ["ObjectPattern", "AssignmentPattern",
                                                                "RestElement"]
    assert expr("(a, b) => { return a }").expression is False
    assert expr("x => x * 2").expression is True
    assert expr("async(a, b)").type == "CallExpression"


def test_class_elements():
    cls = parse("class A extends B { static #x = 1; get y() {} set y(v) {} static async *z() {} "
                "'constructor'() {} [k] = 2; static { } }", lazy=False).body[0]
    kinds = [(e.type, getattr(e, "kind", None), getattr(e, "static", None)) for e in cls.body.body]
    assert kinds == [("PropertyDefinition", None, True), ("MethodDefinition", "get", False),
                     ("MethodDefinition", "set", False), ("MethodDefinition", "method", True),
                     ("MethodDefinition", "constructor", False), ("PropertyDefinition", None, False),
                     ("StaticBlock", None, None)]
    assert cls.body.body[0].key.type == "PrivateIdentifier"
    assert cls.body.body[3].value.generator and cls.body.body[3].value.async_


def test_module_items():
    program = parse("import a, {b as c} from 'd'; export default class {}; export * as e from 'f';"
                    "export {a as 'g h'};", module=True, lazy=False)
    types = [s.type for s in program.body]
    assert types == ["ImportDeclaration", "ExportDefaultDeclaration", "EmptyStatement",
                     "ExportAllDeclaration", "ExportNamedDeclaration"]
    assert program.sourceType == "module"
    assert program.body[4].specifiers[0].exported.value == "g h"


def test_directives():
    program = parse("'use strict'; 'b'; c; 'd'", lazy=False)
    assert [getattr(s, "directive", None) for s in program.body] == ["use strict", "b", None, None]
    assert parse("('use strict'); with (a) {}", lazy=False).body[0].directive is None


def test_positions_are_utf16_code_units():
    program = parse("'\U0001F600'; \u00e9; x", lazy=False)
    assert [s.expression.start for s in program.body] == [0, 6, 9]
