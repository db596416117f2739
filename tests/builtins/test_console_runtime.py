"""console and util.inspect rules on values built directly with the runtime (no parser or
interpreter needed), each expectation being what node 20 prints for the same value."""
from __future__ import annotations

import io
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.inspect.scopes_view import describe_scopes, format_scopes
from scopejs.inspect.value_format import format_log_args, inspect, str_escape
from scopejs.runtime.environments import Context
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import NONE, WC
from scopejs.runtime.values import HOLE, NULL, UNDEFINED, JSBigInt, JSSymbol
from scopejs.scopes.scope_info import ScopeInfo


@pytest.fixture(scope="module")
def realm():
    r = create_realm()
    # The Array constructor may not be declared yet by the builtins library: node names
    # arrays by their constructor, so give Array.prototype one for these tests.
    if r.array_prototype.GetOwnProperty("constructor") is None:
        ctor = r.new_function(lambda realm, this: UNDEFINED, 0, "Array", constructor=True)
        ctor.define_own_value("prototype", r.array_prototype, NONE)
        r.array_prototype.define_own_value("constructor", ctor, WC)
    return r


def obj(realm, *pairs, proto="default"):
    o = JSObject(realm.object_prototype if proto == "default" else proto)
    for key, value in pairs:
        o.define_own_value(key, value)
    return o


def arr(realm, *values):
    return realm.new_array(list(values))


def nums(*xs):
    return [float(x) for x in xs]


# ------------------------------------------------------------------ primitives and strings

@pytest.mark.parametrize("text,expected", [
    ("plain", "'plain'"),
    ("it's", '"it\'s"'),
    ('say "hi" it\'s', '`say "hi" it\'s`'),
    ("a`b\"c'd", "'a`b\"c\\'d'"),
    ("\n\t\b\f\r\v\x00\x1b\x7f", "'\\n\\t\\b\\f\\r\\x0B\\x00\\x1B\\x7F'"),
    ("\ud800", "'\\ud800'"),
    ("\udc00x", "'\\udc00x'"),
    ("\ud83d\ude00", "'\ud83d\ude00'"),
    ("back\\slash", "'back\\\\slash'"),
])
def test_string_quoting_and_escapes(text, expected):
    assert str_escape(text) == expected


@pytest.mark.parametrize("value,expected", [
    (42.0, "42"), (-0.0, "-0"), (0.1 + 0.2, "0.30000000000000004"), (1e21, "1e+21"),
    (1e-7, "1e-7"), (math.nan, "NaN"), (-math.inf, "-Infinity"), (JSBigInt(5), "5n"),
    (UNDEFINED, "undefined"), (NULL, "null"), (True, "true"), (JSSymbol("x"), "Symbol(x)"),
    (JSSymbol(), "Symbol()"),
])
def test_primitives(value, expected):
    assert inspect(value) == expected


def test_top_level_strings_are_raw_and_joined_by_spaces():
    assert format_log_args(["plain string"]) == "plain string"
    assert format_log_args(["a", 1.0, "b"]) == "a 1 b"
    assert format_log_args([1.0, "a", 2.0]) == "1 a 2"
    assert format_log_args([]) == ""


# ------------------------------------------------------------------ arrays

def test_arrays(realm):
    assert inspect(arr(realm)) == "[]"
    assert inspect(arr(realm, *nums(1, 2, 3))) == "[ 1, 2, 3 ]"
    assert inspect(arr(realm, "quoted")) == "[ 'quoted' ]"
    assert inspect(arr(realm, -0.0, JSBigInt(5), JSBigInt(-3))) == "[ -0, 5n, -3n ]"
    nested = arr(realm, 1.0, arr(realm, 2.0, arr(realm, 3.0, arr(realm, 4.0, arr(realm, 5.0)))))
    assert inspect(arr(realm, nested)) == "[ [ 1, [ 2, [Array] ] ] ]"


def test_array_holes(realm):
    from scopejs.runtime.values import EMPTY
    a = realm.new_array([1.0, EMPTY, EMPTY, 4.0, EMPTY])
    assert inspect(a) == "[ 1, <2 empty items>, 4, <1 empty item> ]"
    assert inspect(realm.new_array([EMPTY, EMPTY])) == "[ <2 empty items> ]"


def test_array_extra_keys(realm):
    a = arr(realm, 1.0, 2.0)
    a.Set("extra", "e", a)
    assert inspect(a) == "[ 1, 2, extra: 'e' ]"


def test_numeric_array_grouping(realm):
    a = arr(realm, *nums(*range(26)))
    assert inspect(a) == ("[\n   0,  1,  2,  3,  4,  5,  6,  7,\n   8,  9, 10, 11, 12, 13, 14, 15,\n"
                          "  16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25\n]")
    mixed = arr(realm, 1.5, -2.0, 300.0, 4000.0, 5.0, 6.0, 7.0, 8.0)
    assert inspect(mixed) == "[\n  1.5, -2, 300, 4000,\n    5,  6,   7,    8\n]"


def test_string_array_grouping_pads_end(realm):
    a = arr(realm, *[f"item{i}" for i in range(7)])
    assert inspect(a) == "[\n  'item0', 'item1',\n  'item2', 'item3',\n  'item4', 'item5',\n  'item6'\n]"
    b = arr(realm, *["x" * i for i in range(10)])
    assert inspect(b) == ("[\n  '',         'x',\n  'xx',       'xxx',\n  'xxxx',     'xxxxx',\n"
                          "  'xxxxxx',   'xxxxxxx',\n  'xxxxxxxx', 'xxxxxxxxx'\n]")
    c = arr(realm, "a", 1.0, "b", 2.0, "c", 3.0, "d")
    assert inspect(c) == "[\n  'a', 1, 'b', 2,\n  'c', 3, 'd'\n]"


def test_long_array_more_items(realm):
    text = inspect(arr(realm, *nums(*range(120))))
    assert text.endswith("  96, 97, 98, 99,\n  ... 20 more items\n]")
    assert text.startswith("[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n")


# ------------------------------------------------------------------ objects

def test_objects(realm):
    assert inspect(obj(realm)) == "{}"
    o = obj(realm, ("a", 1.0), ("b", "two"), ("c", arr(realm, 3.0)))
    assert inspect(o) == "{ a: 1, b: 'two', c: [ 3 ] }"
    deep = obj(realm, ("a", obj(realm, ("b", obj(realm, ("c", obj(realm, ("d", 1.0))))))))
    assert inspect(deep) == "{ a: { b: { c: [Object] } } }"


def test_key_quoting(realm):
    o = obj(realm, ("0", 4.0), ("a-b", 1.0), ("$x", 2.0), ("_y", 3.0), ("\u00e9", 5.0),
            ("sp ace", 6.0))
    assert inspect(o) == "{ '0': 4, 'a-b': 1, '$x': 2, _y: 3, '\u00e9': 5, 'sp ace': 6 }"
    s = obj(realm, (JSSymbol("s"), 1.0))
    assert inspect(s) == "{ [Symbol(s)]: 1 }"


def test_null_prototype(realm):
    assert inspect(JSObject(NULL)) == "[Object: null prototype] {}"
    assert inspect(obj(realm, ("a", 1.0), proto=NULL)) == "[Object: null prototype] { a: 1 }"


def test_accessors(realm):
    fn = realm.new_function(lambda realm, this: 1.0, 0, "g")
    o = JSObject(realm.object_prototype)
    o.define_own_accessor("a", fn, UNDEFINED, 6)
    o.define_own_accessor("b", UNDEFINED, fn, 6)
    o.define_own_accessor("c", fn, fn, 6)
    assert inspect(o) == "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"


def test_line_breaking_at_80(realm):
    o = obj(realm, ("a", "x" * 50), ("b", "y" * 20))
    assert inspect(o) == ("{\n  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n"
                          "  b: 'yyyyyyyyyyyyyyyyyyyy'\n}")
    many = obj(realm, *[(chr(97 + i), float(i + 1)) for i in range(26)])
    assert inspect(many).startswith("{\n  a: 1,\n  b: 2,\n")


def test_long_multiline_string_is_split(realm):
    o = obj(realm, ("text", "line one\nline two\nline three and a long tail that goes past the "
                            "limit of eighty chars"))
    assert inspect(o) == ("{\n  text: 'line one\\n' +\n    'line two\\n' +\n"
                          "    'line three and a long tail that goes past the limit of eighty chars'\n}")


def test_circular(realm):
    o = obj(realm, ("x", 1.0))
    o.define_own_value("self", o)
    assert inspect(o) == "<ref *1> { x: 1, self: [Circular *1] }"
    a = arr(realm, 1.0)
    a.Set("1", a, a)
    assert inspect(a) == "<ref *1> [ 1, [Circular *1] ]"
    shared = obj(realm)
    assert inspect(arr(realm, shared, shared)) == "[ {}, {} ]"


def test_hidden_and_tagged(realm):
    from scopejs.runtime.values import SYMBOL_TO_STRING_TAG
    o = JSObject(realm.object_prototype)
    o.define_own_value("hidden", 1.0, NONE)
    assert inspect(o) == "{}"
    t = obj(realm, ("v", 1.0))
    t.define_own_value(SYMBOL_TO_STRING_TAG, "Tagged", NONE)
    assert inspect(t) == "Object [Tagged] { v: 1 }"


def test_functions(realm):
    f = realm.new_function(lambda realm, this: None, 0, "max")
    assert inspect(f) == "[Function: max]"
    anon = realm.new_function(lambda realm, this: None, 0, "")
    assert inspect(anon) == "[Function (anonymous)]"
    f.define_own_value("bar", "bar")
    assert inspect(f) == "[Function: max] { bar: 'bar' }"


def test_class_instance_name(realm):
    ctor = realm.new_function(lambda realm, this: None, 0, "Foo", constructor=True)
    proto = obj(realm)
    ctor.define_own_value("prototype", proto, NONE)
    proto.define_own_value("constructor", ctor, WC)
    inst = obj(realm, ("a", 1.0), proto=proto)
    assert inspect(inst) == "Foo { a: 1 }"
    assert inspect(obj(realm, proto=proto)) == "Foo {}"
    assert inspect(arr(realm, inst)) == "[ Foo { a: 1 } ]"


def test_boxed_and_errors(realm):
    from scopejs.runtime.objects.primitive_wrappers import JSBooleanObject, JSNumberObject
    n = JSNumberObject(realm.intrinsics.get("%Number.prototype%", realm.object_prototype), 3.0)
    b = JSBooleanObject(realm.intrinsics["%Boolean.prototype%"], False)
    assert inspect(b) == "[Boolean: false]"
    assert inspect(n).endswith(": 3]")
    err = realm.new_error("TypeError", "boom")
    err.define_own_value("stack", "TypeError: boom", WC)
    assert inspect(err) == "[TypeError: boom]"
    err.define_own_value("stack", "TypeError: boom\n    at f (a.js:1:1)", WC)
    assert inspect(err) == "TypeError: boom\n    at f (a.js:1:1)"
    assert inspect(obj(realm, ("e", err))) == "{\n  e: TypeError: boom\n      at f (a.js:1:1)\n}"


# ------------------------------------------------------------------ printf-style formatting

def test_format_specifiers(realm):
    assert format_log_args(["%s|%d|%i|%f|%%|%x", "str", 42.5, 42.5, "1.5"]) == "str|42.5|42|1.5|%|%x"
    assert format_log_args(["%s %s", "only one"]) == "only one %s"
    assert format_log_args(["%c styled", "color: red"]) == " styled"
    assert format_log_args(["%d", "0x10"]) == "16"
    assert format_log_args(["%i", 3.99]) == "3"
    assert format_log_args(["%f", "abc"]) == "NaN"
    assert format_log_args(["%s", JSBigInt(5)]) == "5n"
    assert format_log_args(["%d", JSBigInt(5)]) == "5n"
    assert format_log_args(["%s", JSSymbol("s")]) == "Symbol(s)"
    assert format_log_args(["%s", -0.0]) == "-0"
    assert format_log_args(["%s", NULL, UNDEFINED]) == "null undefined"
    assert format_log_args(["100%"]) == "100%"
    assert format_log_args(["%", 1.0]) == "% 1"
    assert format_log_args(["%%", 1.0]) == "% 1"
    assert format_log_args(["%s:%s", "x"]) == "x:%s"
    assert format_log_args(["%s", obj(realm, ("a", 1.0))]) == "{ a: 1 }"
    assert format_log_args(["%s", arr(realm, 1.0, arr(realm, 2.0))]) == "[ 1, [Array] ]"
    assert format_log_args(["%o", arr(realm, 1.0)]) == "[ 1, [length]: 1 ]"


# ------------------------------------------------------------------ console methods

@pytest.fixture()
def console(realm):
    out, err = io.StringIO(), io.StringIO()
    realm.host_defined["stdout"] = out
    realm.host_defined["stderr"] = err
    realm.host_defined.pop("console_state", None)
    cons = realm.intrinsics["%console%"]

    def call(name, *args):
        fn = cons.props[name]
        return fn.Call(cons, list(args))
    yield call, out, err
    realm.host_defined.pop("stdout", None)
    realm.host_defined.pop("stderr", None)


def test_console_is_a_global_with_enumerable_methods(realm):
    cons = realm.global_object.props["console"]
    assert cons is realm.intrinsics["%console%"]
    for name in ("log", "info", "debug", "error", "warn", "dir", "assert", "count", "group",
                 "groupEnd", "time", "timeEnd", "trace", "table"):
        desc = cons.GetOwnProperty(name)
        assert desc is not None and desc.enumerable, name


def test_log_and_error_streams(console):
    call, out, err = console
    call("log", "a", 1.0)
    call("info", "i")
    call("debug", "d")
    call("error", "e", 2.0)
    call("warn", "w")
    assert out.getvalue() == "a 1\ni\nd\n"
    assert err.getvalue() == "e 2\nw\n"


def test_surrogates_converted_at_the_edge(console):
    call, out, _ = console
    call("log", "\ud83d\ude00 \ud800")
    assert out.getvalue() == "\U0001F600 \ufffd\n"


def test_group_indents(console):
    call, out, _ = console
    call("log", "top")
    call("group", "g1")
    call("log", "in 1\nsecond line")
    call("group")
    call("log", "in 2")
    call("groupEnd")
    call("groupEnd")
    call("log", "back")
    assert out.getvalue() == "top\ng1\n  in 1\n  second line\n    in 2\nback\n"


def test_count_and_assert(console):
    call, out, err = console
    call("count")
    call("count")
    call("count", "x")
    call("countReset")
    call("count")
    call("assert", True, "never")
    call("assert", False, "failed %s", "here")
    call("assert", 0.0)
    call("assert", False, 1.0)
    assert out.getvalue() == "default: 1\ndefault: 2\nx: 1\ndefault: 1\n"
    assert err.getvalue() == "Assertion failed: failed here\nAssertion failed\nAssertion failed 1\n"


def test_dir_quotes_strings(console, realm):
    call, out, _ = console
    call("dir", "x")
    call("dir", obj(realm, ("a", obj(realm, ("b", obj(realm, ("c", obj(realm))))))))
    opts = obj(realm, ("depth", 0.0))
    call("dir", obj(realm, ("a", obj(realm, ("b", 1.0)))), opts)
    assert out.getvalue() == "'x'\n{ a: { b: { c: {} } } }\n{ a: [Object] }\n"


def test_table(console, realm):
    """node 20.x draws left-aligned cells (checked against node 20.20)."""
    call, out, _ = console
    rows = arr(realm, obj(realm, ("a", 1.0), ("b", "Y")), obj(realm, ("a", "Z"), ("b", 2.0)))
    call("table", rows)
    assert out.getvalue() == (
        "\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2510\n"
        "\u2502 (index) \u2502 a   \u2502 b   \u2502\n"
        "\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2524\n"
        "\u2502 0       \u2502 1   \u2502 'Y' \u2502\n"
        "\u2502 1       \u2502 'Z' \u2502 2   \u2502\n"
        "\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2518\n")


def test_table_of_primitives_falls_back(console, realm):
    call, out, _ = console
    call("table", 5.0)
    call("table", arr(realm, 1.0, "x"))
    lines = out.getvalue().split("\n")
    assert lines[0] == "5"
    assert lines[2] == "\u2502 (index) \u2502 Values \u2502"
    assert lines[4] == "\u2502 0       \u2502 1      \u2502"
    assert lines[5] == "\u2502 1       \u2502 'x'    \u2502"


# ------------------------------------------------------------------ [[Scopes]]

def _closure(realm, context):
    fn = realm.new_function(lambda realm, this: None, 0, "c")
    fn.environment = None
    return fn


class _FakeClosure:
    """Stands for an ECMAScriptFunction: only [[Environment]] and realm are read."""
    def __init__(self, environment, realm):
        self.environment = environment
        self.realm = realm


def test_describe_scopes_seed_003_trimmed(realm):
    # function a() { const w = 'w'; return function b() { const x, y, z; return function c() {...} } }
    a_info = ScopeInfo("function", "a", False, ["w"], ["const"])
    b_info = ScopeInfo("function", "b", False, ["y", "z"], ["const", "const"])
    a_ctx = Context(a_info, None, ["w"])
    b_ctx = Context(b_info, a_ctx, ["y", "z"])
    lines = describe_scopes(_FakeClosure(b_ctx, realm), realm)
    assert lines[0] == "Closure (b) {y: 'y', z: 'z'}"
    assert lines[1] == "Closure (a) {w: 'w'}"
    assert lines[-1] == "Global"


def test_describe_scopes_block_and_tdz(realm):
    foo_info = ScopeInfo("function", "foo", False, ["x"], ["const"])
    block_info = ScopeInfo("block", "foo", False, ["y", "later"], ["const", "let"])
    foo_ctx = Context(foo_info, None, [1.0])
    block_ctx = Context(block_info, foo_ctx, [2.0, HOLE])
    lines = describe_scopes(_FakeClosure(block_ctx, realm), realm)
    assert lines[:2] == ["Block (foo) {y: 2, later: <uninitialized>}", "Closure (foo) {x: 1}"]


def test_format_scopes_only_for_functions(realm):
    assert format_scopes(obj(realm), realm) == []
    fn = realm.new_function(lambda realm, this: None, 0, "g")
    lines = format_scopes(fn, realm)
    assert lines[0].startswith("  [[Scopes]]: Scopes[")
    assert lines[-1].endswith(": Global")


def test_console_key_order_matches_node(realm):
    # node 20: Object.keys(console), up to the inspector-only methods it also has.
    node_order = ("log warn dir time timeEnd timeLog trace assert clear count countReset group "
                  "groupEnd table debug info dirxml error groupCollapsed").split()
    cons = realm.intrinsics["%console%"]
    keys = [k for k in cons.OwnPropertyKeys() if k.__class__ is str]
    assert keys[:len(node_order)] == node_order
    for name in node_order:
        assert cons.props[name].props["length"] == 0.0, name


class _FakeTypedArray(JSObject):
    """Shape of a typed array as the formatter reads it: [[TypedArrayName]] and indexed Get."""
    __slots__ = ("typed_array_name", "values")

    def __init__(self, proto, name, values):
        JSObject.__init__(self, proto)
        self.typed_array_name = name
        self.values = values

    def Get(self, key, receiver):  # noqa: N802
        if key == "length":
            return float(len(self.values))
        if key.__class__ is str and key.isdigit():
            i = int(key)
            return self.values[i] if i < len(self.values) else UNDEFINED
        return JSObject.Get(self, key, receiver)


class _FakeArrayBuffer(JSObject):
    __slots__ = ("array_buffer_data",)
    class_name = "ArrayBuffer"

    def __init__(self, proto, data):
        JSObject.__init__(self, proto)
        self.array_buffer_data = data

    def Get(self, key, receiver):  # noqa: N802
        if key == "byteLength":
            return float(len(self.array_buffer_data))
        return JSObject.Get(self, key, receiver)


def _named_proto(realm, name):
    from scopejs.runtime.values import SYMBOL_TO_STRING_TAG
    ctor = realm.new_function(lambda realm, this: None, 0, name, constructor=True)
    proto = obj(realm)
    ctor.define_own_value("prototype", proto, NONE)
    proto.define_own_value("constructor", ctor, WC)
    if name.endswith("Array"):
        proto.define_own_value(SYMBOL_TO_STRING_TAG, name, NONE)
    return proto


def test_typed_arrays_and_buffers(realm):
    u8 = _named_proto(realm, "Uint8Array")
    assert inspect(_FakeTypedArray(u8, "Uint8Array", nums(1, 2, 3))) == "Uint8Array(3) [ 1, 2, 3 ]"
    f64 = _named_proto(realm, "Float64Array")
    assert inspect(_FakeTypedArray(f64, "Float64Array", [])) == "Float64Array(0) []"
    u16 = _named_proto(realm, "Uint16Array")
    text = inspect(_FakeTypedArray(u16, "Uint16Array", nums(*[0] * 30)))
    assert text == ("Uint16Array(30) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0,\n"
                    "  0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0\n]")
    buf = _FakeArrayBuffer(_named_proto(realm, "ArrayBuffer"), bytearray(2))
    assert inspect(buf) == "ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }"
