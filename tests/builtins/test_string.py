"""22.1 String built-ins driven from Python (UTF-16 code-unit semantics, errors, key order)."""
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.abstract_ops import GetIterator, IteratorToList
from scopejs.runtime.values import NULL, SYMBOL_ITERATOR, UNDEFINED
from tests.runtime.jshelpers import call, new, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def s(realm, name, this, *args):
    return call(realm, f"String.prototype.{name}", *args, this=this)


def test_key_order_like_node(realm):
    keys = realm.intrinsics["%String.prototype%"].OwnPropertyKeys()
    assert keys[:4] == ["length", "constructor", "anchor", "at"]
    assert keys[-1] is SYMBOL_ITERATOR
    proto = realm.intrinsics["%String.prototype%"]
    assert proto.Get("trimLeft", proto) is proto.Get("trimStart", proto)


def test_code_units_and_points(realm):
    smile = "\ud83d\ude00"
    assert s(realm, "codePointAt", smile, 0.0) == 0x1F600
    assert s(realm, "codePointAt", smile, 1.0) == 0xDE00
    assert s(realm, "charCodeAt", smile, 5.0) != s(realm, "charCodeAt", smile, 5.0)  # NaN
    assert s(realm, "at", "abc", -1.0) == "c"
    it = s(realm, "@@iterator" if False else "toString", "x")
    assert it == "x"
    proto = realm.intrinsics["%String.prototype%"]
    iterator = proto.Get(SYMBOL_ITERATOR, proto).Call("a" + smile + "\ud800", [])
    from scopejs.runtime.abstract_ops import IteratorRecord
    rec = IteratorRecord(iterator, iterator.Get("next", iterator))
    assert IteratorToList(rec) == ["a", smile, "\ud800"]
    assert call(realm, "String.fromCodePoint", 0x1F600 * 1.0) == smile
    assert thrown(call, realm, "String.fromCodePoint", 1.5) == "RangeError: Invalid code point 1.5"


def test_case_mapping_on_astral_and_special(realm):
    assert s(realm, "toUpperCase", "\ud801\udc28") == "\ud801\udc00"       # Deseret
    assert s(realm, "toUpperCase", "stra\u00dfe") == "STRASSE"
    assert s(realm, "toLowerCase", "\u03a3\u0391\u03a3") == "\u03c3\u03b1\u03c2"  # final sigma


def test_search_methods(realm):
    assert s(realm, "indexOf", "abc", "", 10.0) == 3.0
    assert s(realm, "lastIndexOf", "abcabc", "c", 4.0) == 2.0
    assert s(realm, "includes", "abc", "") is True
    assert thrown(s, realm, "startsWith", "a", new(realm, "RegExp", "a")) == \
        "TypeError: First argument to String.prototype.startsWith must not be a regular expression"


def test_split_replace(realm):
    assert to_list(s(realm, "split", "a,b,,c", ",")) == ["a", "b", "", "c"]
    assert to_list(s(realm, "split", "abc", "", 2.0)) == ["a", "b"]
    assert to_list(s(realm, "split", "", "")) == []
    assert to_list(s(realm, "split", "ab", UNDEFINED)) == ["ab"]
    assert s(realm, "replace", "aXbX", "X", "[$&]") == "a[X]bX"
    assert s(realm, "replaceAll", "aXbX", "X", "$$") == "a$b$"
    assert s(realm, "replaceAll", "ab", "", "-") == "-a-b-"


def test_padding_repeat_limits(realm):
    assert s(realm, "padStart", "5", 3.0, "0") == "005"
    assert s(realm, "padEnd", "ab", 5.0, "xy") == "abxyx"
    assert thrown(s, realm, "repeat", "a", -1.0) == "RangeError: Invalid count value: -1"
    assert thrown(s, realm, "repeat", "a", math.inf) == "RangeError: Invalid count value: Infinity"
    assert thrown(s, realm, "repeat", "ab", 2.0 ** 30) == "RangeError: Invalid string length"
    assert thrown(s, realm, "trim", NULL) == \
        "TypeError: String.prototype.trim called on null or undefined"


def test_constructor_and_wrappers(realm):
    from scopejs.runtime.values import JSSymbol
    assert call(realm, "String", JSSymbol("d")) == "Symbol(d)"
    assert call(realm, "String") == ""
    o = new(realm, "String", "ab")
    assert o.Get("length", o) == 2.0 and o.Get("1", o) == "b"
    assert s(realm, "valueOf", o) == "ab"
    assert thrown(s, realm, "toString", 1.0) == \
        "TypeError: String.prototype.toString requires that 'this' be a String"
    assert s(realm, "normalize", "e\u0301") == "\u00e9"
    assert thrown(s, realm, "normalize", "a", "X") == \
        "RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD."


def test_to_code_units_long_text_with_lone_surrogates():
    # Long text takes the encode-once path; lone surrogates and pairs must come out as units.
    import random
    from scopejs.source.text import to_code_units
    rng = random.Random(5)
    text = "".join(rng.choice(["a", "\U0001F600", "\ud800", "\udc00", "\u00e9"]) for _ in range(5000))
    expected = "".join(c if ord(c) < 0x10000 else
                       chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
                       for c in text)
    assert to_code_units(text) == expected


def test_from_code_point_many_astral():
    from scopejs import Engine
    assert Engine().eval("var a = []; for (var i = 0; i < 3000; i++) a.push(0x1F600 + i % 50, 97);"
                         "var s = String.fromCodePoint.apply(null, a); [s.length, s.codePointAt(0),"
                         " s.charCodeAt(1), s.codePointAt(2)].join()") == "9000,128512,56832,97"
