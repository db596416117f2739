"""The ESTree node table: generated classes, keyword fields, and the acorn JSON bridge."""
from scopejs.syntax import nodes


def test_every_kind_has_a_class_with_its_fields():
    for type_name, fields, annotations in nodes.NODE_KINDS:
        cls = nodes.NODE_CLASSES[type_name]
        assert cls.type == type_name
        assert cls.estree_fields == fields
        assert cls.fields == tuple(nodes.python_name(f) for f in fields)
        assert set(cls.__slots__) == set(cls.fields) | set(annotations)


def test_keyword_fields_map_to_trailing_underscore():
    fn = nodes.NODE_CLASSES["FunctionExpression"](0, 10, None, False, False, True, [], None)
    assert fn.async_ is True and fn.scope is None
    assert nodes.python_name("await") == "await_" and nodes.python_name("kind") == "kind"


def test_from_estree_builds_nested_nodes_and_children():
    program = nodes.from_estree({
        "type": "Program", "start": 0, "end": 5, "sourceType": "script",
        "body": [{"type": "ExpressionStatement", "start": 0, "end": 5,
                  "expression": {"type": "Identifier", "start": 0, "end": 1, "name": "x"}}],
    })
    statement = program.body[0]
    assert statement.type == "ExpressionStatement" and statement.directive is None
    assert [child.type for child in statement.children()] == ["Identifier"]
    assert repr(statement.expression) == "Identifier(name='x')@0-1"


def test_node_objects_have_no_dict():
    ident = nodes.Identifier(0, 1, "x")
    assert not hasattr(ident, "__dict__")
