"""25.5 JSON.parse / JSON.stringify driven from Python (messages are node v20's)."""
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.values import NULL, UNDEFINED
from tests.runtime.jshelpers import arr, call, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def parse(realm, text, *rest):
    return call(realm, "JSON.parse", text, *rest)


def stringify(realm, *args):
    return call(realm, "JSON.stringify", *args)


def test_parse_values(realm):
    o = parse(realm, '{"b": [1, -0, 1e400, "\\ud83d\\ude00"], "a": null, "1": true}')
    assert o.OwnPropertyKeys() == ["1", "b", "a"]
    b = to_list(o.Get("b", o))
    assert b[0] == 1.0 and math.copysign(1, b[1]) == -1 and b[2] == math.inf
    assert b[3] == "\ud83d\ude00" and o.Get("a", o) is NULL


@pytest.mark.parametrize("text,message", [
    ("", "Unexpected end of JSON input"),
    ("{", "Expected property name or '}' in JSON at position 1"),
    ('{"a":}', "Unexpected token '}', \"{\"a\":}\" is not valid JSON"),
    ("[1 2]", "Expected ',' or ']' after array element in JSON at position 3"),
    ("01", "Unexpected number in JSON at position 1"),
    ("NaN", '"NaN" is not valid JSON'),
    ("1 2", "Unexpected non-whitespace character after JSON at position 2"),
    ('"\\u12"', "Bad Unicode escape in JSON at position 5"),
])
def test_parse_errors(realm, text, message):
    assert thrown(parse, realm, text) == f"SyntaxError: {message}"


def test_reviver_can_delete_and_replace(realm):
    def revive(k, v):
        if k == "drop":
            return UNDEFINED
        return v * 2 if v.__class__ is float else v
    fn = realm.new_function(lambda realm_, this, k, v: revive(k, v), 2, "")
    o = parse(realm, '{"a": 1, "drop": 2, "n": [3]}', fn)
    assert o.OwnPropertyKeys() == ["a", "n"] and o.Get("a", o) == 2.0
    assert to_list(o.Get("n", o)) == [6.0]


def test_stringify(realm):
    o = parse(realm, '{"a": [1, "x\\n", null], "b": {"c": true}}')
    assert stringify(realm, o) == '{"a":[1,"x\\n",null],"b":{"c":true}}'
    assert stringify(realm, o, UNDEFINED, 1.0) == \
        '{\n "a": [\n  1,\n  "x\\n",\n  null\n ],\n "b": {\n  "c": true\n }\n}'
    assert stringify(realm, o, arr(realm, "b")) == '{"b":{}}'
    assert stringify(realm, UNDEFINED) is UNDEFINED
    assert stringify(realm, "\ud800") == '"\\ud800"'
    assert stringify(realm, math.nan) == "null"


def test_stringify_cycle_message(realm):
    a = realm.new_object()
    inner = realm.new_object()
    a.Set("x", inner, a)
    inner.Set("back", a, inner)
    assert thrown(stringify, realm, a) == (
        "TypeError: Converting circular structure to JSON\n"
        "    --> starting at object with constructor 'Object'\n"
        "    |     property 'x' -> object with constructor 'Object'\n"
        "    --- property 'back' closes the circle")
