"""19 Global object: value properties, parseInt/parseFloat, isNaN/isFinite, URI, escape."""
import json
import math
import subprocess

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.abstract_ops import ToString
from scopejs.runtime.values import UNDEFINED
from tests.conftest import NODE
from tests.runtime.jshelpers import call, thrown


@pytest.fixture
def realm():
    return create_realm()


def test_value_properties(realm):
    g = realm.global_object
    for key in ("NaN", "Infinity", "undefined"):
        d = g.GetOwnProperty(key)
        assert not d.writable and not d.enumerable and not d.configurable
    assert g.Get("globalThis", g) is g and g.Get("undefined", g) is UNDEFINED


PARSE_INT = [["  42abc"], ["0x1F"], ["-0x1F"], ["-0b1"], ["12", 5.0], ["z", 36.0], ["1e3"],
             [""], ["123456789012345678901234567890"], ["08"], ["0x"], ["10", 37.0],
             ["10", 1.0], ["ff", 16.0], ["0xff", 16.0], ["0xff", 10.0], ["\u00a0 -7"],
             ["9007199254740993"], ["-0"], [" +3"], ["١"]]
PARSE_FLOAT = ["3.14abc", "  -.5e1x", "Infinityx", "1e", ".", "e5", "-0", "1.e3", "+.1",
               "0x10", "1e-400", "1e400", "  \n 2.5"]


def _show(x):
    if x.__class__ is float and x == 0 and math.copysign(1, x) < 0:
        return "-0"
    return ToString(x)


def test_parse_int_and_float_match_node(realm):
    if NODE is None:
        pytest.skip("node not installed")
    src = ("const show=x=>Object.is(x,-0)?'-0':String(x);console.log(JSON.stringify(["
           "%s.map(a=>show(parseInt(...a))),%s.map(a=>show(parseFloat(a)))]))") % (
        json.dumps(PARSE_INT), json.dumps(PARSE_FLOAT))
    expected = json.loads(subprocess.run([NODE, "-e", src], capture_output=True, text=True,
                                         timeout=30).stdout)
    ours_int = [_show(call(realm, "parseInt", *a)) for a in PARSE_INT]
    ours_float = [_show(call(realm, "parseFloat", a)) for a in PARSE_FLOAT]
    assert [ours_int, ours_float] == expected


def test_is_nan_is_finite(realm):
    assert call(realm, "isNaN", "abc") is True and call(realm, "isNaN", "1") is False
    assert call(realm, "isFinite", "1e3") is True
    assert call(realm, "isFinite", math.inf) is False


def test_uri_functions(realm):
    assert call(realm, "encodeURIComponent", "a b&\ud83d\ude00") == "a%20b%26%F0%9F%98%80"
    assert call(realm, "encodeURI", "http://x/a b?q=1#h") == "http://x/a%20b?q=1#h"
    assert call(realm, "decodeURIComponent", "%F0%9F%98%80%20") == "\ud83d\ude00 "
    assert call(realm, "decodeURI", "%3B%20") == "%3B "
    assert thrown(call, realm, "decodeURIComponent", "%E0%A4%A") == "URIError: URI malformed"
    assert thrown(call, realm, "encodeURIComponent", "\ud800") == "URIError: URI malformed"


def test_escape_unescape(realm):
    assert call(realm, "escape", "a b\u0100@*") == "a%20b%u0100@*"
    assert call(realm, "unescape", "%u0100%20%zz") == "\u0100 %zz"


def test_indirect_eval_non_string_and_hook(realm):
    o = realm.new_object()
    assert call(realm, "eval", o) is o

    class Hook(type(realm.agent.evaluator)):
        def indirect_eval(self, realm_, source):
            return "evaluated " + source
    realm.agent.evaluator = Hook()
    assert call(realm, "eval", "1+1") == "evaluated 1+1"
