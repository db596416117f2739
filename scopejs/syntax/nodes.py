"""The JavaScript syntax tree: ESTree node kinds, declared once as data.

Every node kind is one row of ``NODE_KINDS``: its ESTree ``type`` name and its ESTree fields in
the order acorn emits them.  The classes below are generated from that table, so the parser, the
ESTree JSON dump, the visitor and the scope analysis all read the same declaration.

Every node carries ``start`` and ``end`` (UTF-16 code-unit offsets into the source, as acorn
counts them); line/column come from ``scopejs.source.text.SourceText`` when needed, so nodes stay
small.  An ESTree field whose name is a Python keyword is stored under that name plus ``_``
(``node.async_``, ``node.await_``); ``python_name()`` gives the mapping.  Besides the ESTree fields a kind may declare *annotation* slots (not part of ESTree, not
dumped): scope analysis and lazy parsing record their results there.
"""
from __future__ import annotations

import keyword

# (type, ESTree fields, annotation slots)
NODE_KINDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # Programs
    ("Program", ("body", "sourceType"), ("scope", "source")),
    # Statements
    ("ExpressionStatement", ("expression", "directive"), ()),
    ("BlockStatement", ("body",), ("scope",)),
    ("StaticBlock", ("body",), ("scope",)),
    ("EmptyStatement", (), ()),
    ("DebuggerStatement", (), ()),
    ("WithStatement", ("object", "body"), ("scope",)),
    ("ReturnStatement", ("argument",), ()),
    ("LabeledStatement", ("label", "body"), ()),
    ("BreakStatement", ("label",), ()),
    ("ContinueStatement", ("label",), ()),
    ("IfStatement", ("test", "consequent", "alternate"), ()),
    ("SwitchStatement", ("discriminant", "cases"), ("scope",)),
    ("SwitchCase", ("test", "consequent"), ()),
    ("ThrowStatement", ("argument",), ()),
    ("TryStatement", ("block", "handler", "finalizer"), ()),
    ("CatchClause", ("param", "body"), ("scope",)),
    ("WhileStatement", ("test", "body"), ()),
    ("DoWhileStatement", ("body", "test"), ()),
    ("ForStatement", ("init", "test", "update", "body"), ("scope",)),
    ("ForInStatement", ("left", "right", "body"), ("scope",)),
    ("ForOfStatement", ("await", "left", "right", "body"), ("scope",)),
    # Declarations
    ("FunctionDeclaration", ("id", "expression", "generator", "async", "params", "body"),
     ("scope", "lazy", "strict")),
    ("VariableDeclaration", ("declarations", "kind"), ()),
    ("VariableDeclarator", ("id", "init"), ()),
    ("ClassDeclaration", ("id", "superClass", "body"), ("scope",)),
    ("ClassExpression", ("id", "superClass", "body"), ("scope",)),
    ("ClassBody", ("body",), ()),
    ("MethodDefinition", ("static", "computed", "key", "kind", "value"), ("text_start",)),
    ("PropertyDefinition", ("static", "computed", "key", "value"), ("scope",)),
    ("PrivateIdentifier", ("name",), ("variable",)),
    # Expressions
    ("Identifier", ("name",), ("variable", "hole_check")),
    ("Literal", ("value", "raw", "regex", "bigint"), ()),
    ("ThisExpression", (), ("variable",)),
    ("Super", (), ("variable",)),
    ("ArrayExpression", ("elements",), ()),
    ("ObjectExpression", ("properties",), ()),
    ("Property", ("method", "shorthand", "computed", "key", "kind", "value"), ()),
    ("FunctionExpression", ("id", "expression", "generator", "async", "params", "body"),
     ("scope", "lazy", "strict")),
    ("ArrowFunctionExpression", ("id", "expression", "generator", "async", "params", "body"),
     ("scope", "lazy", "strict")),
    ("UnaryExpression", ("operator", "prefix", "argument"), ()),
    ("UpdateExpression", ("operator", "prefix", "argument"), ()),
    ("BinaryExpression", ("left", "operator", "right"), ()),
    ("LogicalExpression", ("left", "operator", "right"), ()),
    ("AssignmentExpression", ("operator", "left", "right"), ()),
    ("MemberExpression", ("object", "property", "computed", "optional"), ()),
    ("ChainExpression", ("expression",), ()),
    ("ConditionalExpression", ("test", "consequent", "alternate"), ()),
    ("CallExpression", ("callee", "arguments", "optional"), ()),
    ("NewExpression", ("callee", "arguments"), ()),
    ("SequenceExpression", ("expressions",), ()),
    ("YieldExpression", ("delegate", "argument"), ()),
    ("AwaitExpression", ("argument",), ()),
    ("TemplateLiteral", ("expressions", "quasis"), ()),
    ("TaggedTemplateExpression", ("tag", "quasi"), ()),
    ("TemplateElement", ("value", "tail"), ()),
    ("MetaProperty", ("meta", "property"), ("variable",)),
    ("ImportExpression", ("source", "options"), ()),
    ("ParenthesizedExpression", ("expression",), ()),
    # Patterns
    ("SpreadElement", ("argument",), ()),
    ("RestElement", ("argument",), ()),
    ("ObjectPattern", ("properties",), ()),
    ("ArrayPattern", ("elements",), ()),
    ("AssignmentPattern", ("left", "right"), ()),
    # Modules
    ("ImportDeclaration", ("specifiers", "source", "attributes"), ()),
    ("ImportSpecifier", ("imported", "local"), ()),
    ("ImportDefaultSpecifier", ("local",), ()),
    ("ImportNamespaceSpecifier", ("local",), ()),
    ("ExportNamedDeclaration", ("declaration", "specifiers", "source", "attributes"), ()),
    ("ExportSpecifier", ("local", "exported"), ()),
    ("ExportDefaultDeclaration", ("declaration",), ("default_variable",)),
    ("ExportAllDeclaration", ("exported", "source", "attributes"), ()),
    ("ImportAttribute", ("key", "value"), ()),   # 16.2.2 WithClause entry (ES2025)
)

# Fields that ESTree (acorn) omits from a node's JSON when they do not apply.
OPTIONAL_ESTREE_FIELDS = {
    ("Literal", "regex"), ("Literal", "bigint"), ("ExpressionStatement", "directive"),
    # ES2025 import attributes: acorn emits them only for ecmaVersion >= 2025; scopejs leaves
    # them out when the source has no `with` clause / no second import() argument.
    ("ImportDeclaration", "attributes"), ("ExportNamedDeclaration", "attributes"),
    ("ExportAllDeclaration", "attributes"), ("ImportExpression", "options"),
}


def python_name(field: str) -> str:
    """The attribute that holds an ESTree field: ``async`` -> ``async_``."""
    return field + "_" if keyword.iskeyword(field) else field


class Node:
    """Base class of every syntax node: a kind with ``start``/``end`` code-unit offsets."""

    __slots__ = ("start", "end")
    type: str = "Node"
    fields: tuple[str, ...] = ()          # attribute names (python_name of the ESTree fields)
    estree_fields: tuple[str, ...] = ()   # ESTree field names, same order
    annotations: tuple[str, ...] = ()

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name, None)!r}" for name in self.fields)
        return f"{self.type}({inner})@{self.start}-{self.end}"

    def children(self):
        """Yield the child nodes in field order (lists flattened, None skipped)."""
        for name in self.fields:
            value = getattr(self, name)
            if isinstance(value, Node):
                yield value
            elif isinstance(value, list):
                for item in value:
                    if isinstance(item, Node):
                        yield item


def _make_node_class(type_name: str, estree_fields: tuple[str, ...],
                     annotations: tuple[str, ...]):
    fields = tuple(python_name(f) for f in estree_fields)
    # A generated __init__ (like namedtuple's) keeps construction one fast Python call:
    #   Identifier(start, end, name) ; annotation slots start as None.
    params = ", ".join(("start", "end") + tuple(f"{f}_v" for f in fields))
    body = ["    self.start = start", "    self.end = end"]
    body += [f"    self.{f} = {f}_v" for f in fields]
    body += [f"    self.{a} = None" for a in annotations]
    source = f"def __init__(self, {params}):\n" + "\n".join(body) + "\n"
    namespace: dict = {}
    exec(source, namespace)  # noqa: S102 - generated from the static table above
    cls = type(type_name, (Node,), {
        "__slots__": fields + annotations,
        "__init__": namespace["__init__"],
        "type": type_name,
        "fields": fields,
        "estree_fields": estree_fields,
        "annotations": annotations,
    })
    return cls


NODE_CLASSES: dict[str, type[Node]] = {
    name: _make_node_class(name, fields, annotations) for name, fields, annotations in NODE_KINDS
}
globals().update(NODE_CLASSES)

# Explicit names for readers and linters (the classes are generated above from NODE_KINDS).
Program = NODE_CLASSES["Program"]
Identifier = NODE_CLASSES["Identifier"]
Literal = NODE_CLASSES["Literal"]

FUNCTION_TYPES = frozenset({"FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"})
CLASS_TYPES = frozenset({"ClassDeclaration", "ClassExpression"})


def from_estree(data, *, _classes=NODE_CLASSES):
    """Build nodes from ESTree JSON (acorn's output): used by tests to compare with acorn."""
    if isinstance(data, list):
        return [from_estree(item) for item in data]
    if not isinstance(data, dict):
        return data
    if "type" not in data or data["type"] not in _classes:
        return {key: from_estree(value) for key, value in data.items()}
    cls = _classes[data["type"]]
    values = [from_estree(data.get(field)) for field in cls.estree_fields]
    return cls(data.get("start", 0), data.get("end", 0), *values)
