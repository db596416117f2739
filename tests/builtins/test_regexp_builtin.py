"""22.2 RegExp built-in, driven from Python through a realm (expected values checked with node)."""
from __future__ import annotations

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.builtins.regexp import EscapeRegExpPattern, GetSubstitution, JSRegExp
from scopejs.runtime.abstract_ops import Call, Construct, Get, Invoke, Set
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import Accessor
from scopejs.runtime.values import (NULL, SYMBOL_MATCH, SYMBOL_MATCH_ALL, SYMBOL_REPLACE,
                                    SYMBOL_SEARCH, SYMBOL_SPLIT, UNDEFINED)


@pytest.fixture(scope="module")
def realm():
    return create_realm()


def regexp(realm, pattern, flags=""):
    return Construct(realm.intrinsics["%RegExp%"], [pattern, flags])


def py(value):
    if isinstance(value, JSArray):
        return [py(v) for v in value.elements]
    return value


def error_of(thunk):
    with pytest.raises(ThrowCompletion) as info:
        thunk()
    err = info.value.value
    return f"{Get(Get(err, 'constructor'), 'name')}: {Get(err, 'message')}"


def test_exec_result_shape(realm):
    m = Invoke(regexp(realm, "a(b)?(?<c>c)?"), "exec", ["xac"])
    assert py(m) == ["ac", UNDEFINED, "c"]
    assert Get(m, "index") == 1.0 and Get(m, "input") == "xac"
    assert list(m.props)[-3:] == ["index", "input", "groups"]
    groups = Get(m, "groups")
    assert groups.proto is NULL and Get(groups, "c") == "c"
    assert Get(Invoke(regexp(realm, "a"), "exec", ["a"]), "groups") is UNDEFINED
    assert Invoke(regexp(realm, "z"), "exec", ["a"]) is NULL


def test_has_indices(realm):
    m = Invoke(regexp(realm, "(?<a>.)(b)?", "d"), "exec", ["x"])
    indices = Get(m, "indices")
    assert py(indices) == [[0.0, 1.0], [0.0, 1.0], UNDEFINED]
    assert py(Get(Get(indices, "groups"), "a")) == [0.0, 1.0]


def test_last_index_global_and_sticky(realm):
    r = regexp(realm, "a", "y")
    Set(r, "lastIndex", 1.0, True)
    assert Invoke(r, "test", ["ba"]) is True and Get(r, "lastIndex") == 2.0
    assert Invoke(r, "test", ["ba"]) is False and Get(r, "lastIndex") == 0.0
    g = regexp(realm, "o", "g")
    assert Get(Invoke(g, "exec", ["foo"]), "index") == 1.0 and Get(g, "lastIndex") == 2.0
    assert Get(Invoke(g, "exec", ["foo"]), "index") == 2.0
    assert Invoke(g, "exec", ["foo"]) is NULL and Get(g, "lastIndex") == 0.0


def test_unicode_last_index_inside_pair(realm):
    r = regexp(realm, ".", "ug")
    Set(r, "lastIndex", 1.0, True)
    m = Invoke(r, "exec", ["\ud834\udf06"])
    assert Get(m, "index") == 0.0 and py(m) == ["\ud834\udf06"] and Get(r, "lastIndex") == 2.0


def test_flags_source_to_string(realm):
    assert Get(regexp(realm, "a", "yusmigd"), "flags") == "dgimsuy"
    assert Invoke(regexp(realm, "/", "g"), "toString", []) == "/\\//g"
    assert Invoke(regexp(realm, ""), "toString", []) == "/(?:)/"
    assert EscapeRegExpPattern("[/]\n\u2028") == "[/]\\n\\u2028"
    proto = realm.intrinsics["%RegExp.prototype%"]
    assert Get(proto, "source") == "(?:)" and Get(proto, "flags") == ""
    assert Get(proto, "global") is UNDEFINED


def test_flags_getter_reads_flag_getters(realm):
    r = regexp(realm, "a", "g")
    r.define_own_value("global", False)
    r.define_own_value("sticky", True)
    assert Get(r, "flags") == "y"


def test_constructor_errors_and_identity(realm):
    ctor = realm.intrinsics["%RegExp%"]
    assert error_of(lambda: regexp(realm, "a", "gg")) == \
        "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'"
    assert error_of(lambda: regexp(realm, "(a", "g")) == \
        "SyntaxError: Invalid regular expression: /(a/g: Unterminated group"
    r = regexp(realm, "ab", "g")
    assert Call(ctor, UNDEFINED, [r]) is r
    copy = Construct(ctor, [r, "i"])
    assert copy is not r and Get(copy, "source") == "ab" and Get(copy, "flags") == "i"


def test_receiver_errors(realm):
    proto = realm.intrinsics["%RegExp.prototype%"]
    assert error_of(lambda: Call(Get(proto, "exec"), JSObject(NULL), ["a"])) == \
        "TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>"
    getter = proto.props["global"].get
    assert error_of(lambda: Call(getter, JSObject(NULL), [])) == \
        "TypeError: RegExp.prototype.global getter called on non-RegExp object"


def test_symbol_match(realm):
    assert py(Invoke(regexp(realm, "a", "g"), SYMBOL_MATCH, ["banana"])) == ["a", "a", "a"]
    assert Invoke(regexp(realm, "x", "g"), SYMBOL_MATCH, ["banana"]) is NULL
    assert py(Invoke(regexp(realm, "", "g"), SYMBOL_MATCH, ["ab"])) == ["", "", ""]
    assert py(Invoke(regexp(realm, "n(a)"), SYMBOL_MATCH, ["banana"])) == ["na", "a"]


@pytest.mark.parametrize("pattern,flags,subject,template,expected", [
    ("a", "g", "aaa", "$&$`$'$$$0$1$<x>", "aaa$$0$1$<x>aaa$$0$1$<x>aaa$$0$1$<x>"),
    ("(?<x>b)", "", "abc", "[$<x>][$<y>][$1][$01][$10][$2]", "a[b][][b][b][b0][$2]c"),
    ("x", "gi", "aXbX", "-", "a-b-"),
    ("", "g", "abc", "-", "-a-b-c-"),
    ("(?:)", "gu", "\ud83d\ude00", "-", "-\ud83d\ude00-"),
    ("b*", "g", "abc", "[$&]", "[]a[b][]c[]"),
])
def test_symbol_replace_template(realm, pattern, flags, subject, template, expected):
    assert Invoke(regexp(realm, pattern, flags), SYMBOL_REPLACE, [subject, template]) == expected


def test_symbol_replace_function_arguments(realm):
    seen = []

    def replacer(realm_, this, *args):
        seen.append([py(a) if not isinstance(a, JSObject) or isinstance(a, JSArray)
                     else dict(a.props) for a in args])
        return "<" + args[0] + ">"
    fn = realm.new_function(replacer, 1, "f")
    out = Invoke(regexp(realm, "(?<d>\\d)(x)?", "g"), SYMBOL_REPLACE, ["a1b2", fn])
    assert out == "a<1>b<2>"
    assert seen == [["1", "1", UNDEFINED, 1.0, "a1b2", {"d": "1"}],
                    ["2", "2", UNDEFINED, 3.0, "a1b2", {"d": "2"}]]


def test_non_pristine_exec_is_called(realm):
    r = regexp(realm, "a", "g")
    calls = []

    def fake_exec(realm_, this, s):
        calls.append(s)
        if len(calls) > 1:
            return NULL
        result = realm.new_array(["zz"])
        result.define_own_value("index", 1.0)
        return result
    r.define_own_value("exec", realm.new_function(fake_exec, 1, "exec"))
    assert Invoke(r, SYMBOL_REPLACE, ["abcd", "Q"]) == "aQd"
    assert calls == ["abcd", "abcd"]


@pytest.mark.parametrize("pattern,flags,subject,limit,expected", [
    (",", "", "a,b,,c", UNDEFINED, ["a", "b", "", "c"]),
    ("(,)", "", "a,b", UNDEFINED, ["a", ",", "b"]),
    ("a", "", "", UNDEFINED, [""]),
    ("", "", "", UNDEFINED, []),
    ("(?:)", "", "abc", UNDEFINED, ["a", "b", "c"]),
    ("(?:)", "u", "\ud83d\ude00x", UNDEFINED, ["\ud83d\ude00", "x"]),
    ("(?:)", "", "\ud83d\ude00x", UNDEFINED, ["\ud83d", "\ude00", "x"]),
    (",", "", "a,b,c", 2.0, ["a", "b"]),
    ("(-)|(\\+)", "", "1-2+3", UNDEFINED, ["1", "-", UNDEFINED, "2", UNDEFINED, "+", "3"]),
    ("\\s*", "", "a b", UNDEFINED, ["a", "b"]),
])
def test_symbol_split(realm, pattern, flags, subject, limit, expected):
    assert py(Invoke(regexp(realm, pattern, flags), SYMBOL_SPLIT, [subject, limit])) == expected


def test_symbol_search_restores_last_index(realm):
    r = regexp(realm, "c", "g")
    Set(r, "lastIndex", 2.0, True)
    assert Invoke(r, SYMBOL_SEARCH, ["abcabc"]) == 2.0
    assert Get(r, "lastIndex") == 2.0
    assert Invoke(regexp(realm, "z"), SYMBOL_SEARCH, ["abc"]) == -1.0


def test_symbol_match_all_iterator(realm):
    iterator = Invoke(regexp(realm, "a(.)", "g"), SYMBOL_MATCH_ALL, ["a1a2"])
    values = []
    while True:
        result = Invoke(iterator, "next", [])
        if Get(result, "done"):
            break
        values.append(py(Get(result, "value")))
    assert values == [["a1", "1"], ["a2", "2"]]


def test_compile_annex_b(realm):
    r = regexp(realm, "a", "g")
    Set(r, "lastIndex", 3.0, True)
    Invoke(r, "compile", ["b", "i"])
    assert Get(r, "source") == "b" and Get(r, "flags") == "i" and Get(r, "lastIndex") == 0.0


def test_prototype_key_order(realm):
    proto = realm.intrinsics["%RegExp.prototype%"]
    names = [k for k in proto.props if isinstance(k, str)]
    assert names == ["constructor", "exec", "dotAll", "flags", "global", "hasIndices",
                     "ignoreCase", "multiline", "source", "sticky", "unicode", "compile",
                     "toString", "test", "unicodeSets"]
    assert isinstance(proto.props["flags"], Accessor)


def test_get_substitution_direct():
    assert GetSubstitution("b", "abc", 1, ["b"], UNDEFINED, "$1-$2-$$-$`-$'") == "b-$2-$-a-c"


def test_regexp_instances_are_regexp_objects(realm):
    r = regexp(realm, "a")
    assert isinstance(r, JSRegExp) and r.original_source == "a"
    desc = r.GetOwnProperty("lastIndex")
    assert desc.writable is True and desc.enumerable is False and desc.configurable is False


def test_legacy_static_properties(realm):
    ctor = realm.intrinsics["%RegExp%"]
    Invoke(regexp(realm, "(\\d)(\\d)?"), "exec", ["ab12cd"])
    assert [Get(ctor, k) for k in ("$1", "$2", "lastMatch", "lastParen", "leftContext",
                                   "rightContext", "input", "$+", "$_", "$9")] == \
        ["1", "2", "12", "2", "ab", "cd", "ab12cd", "2", "ab12cd", ""]
    Invoke(regexp(realm, "(a)|(b)"), "exec", ["b"])
    assert [Get(ctor, "$1"), Get(ctor, "$2"), Get(ctor, "lastParen")] == ["", "b", "b"]
    Set(ctor, "input", "zz", True)
    Set(ctor, "$1", "q", True)
    assert Get(ctor, "$_") == "zz" and Get(ctor, "$1") == ""
    Invoke(regexp(realm, "-"), SYMBOL_REPLACE, ["x-y", "+"])
    assert Get(ctor, "lastMatch") == "-" and Get(ctor, "input") == "x-y"
    desc = ctor.GetOwnProperty("$1")
    assert desc.enumerable is False and desc.configurable is True
    assert Get(desc.get, "name") == "get $1"
