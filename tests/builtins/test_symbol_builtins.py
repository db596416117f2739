"""20.4 Symbol objects."""
import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.abstract_ops import ToObject
from scopejs.runtime.values import SYMBOL_ITERATOR, SYMBOL_TO_PRIMITIVE, UNDEFINED, JSSymbol
from tests.runtime.jshelpers import call, new, resolve, thrown


@pytest.fixture
def realm():
    return create_realm()


def test_symbol_function(realm):
    s = call(realm, "Symbol", "desc")
    assert isinstance(s, JSSymbol) and s.description == "desc"
    assert call(realm, "Symbol").description is UNDEFINED
    assert call(realm, "Symbol", 1.0).description == "1"
    assert thrown(new, realm, "Symbol") == "TypeError: Symbol is not a constructor"


def test_registry(realm):
    a = call(realm, "Symbol.for", "k")
    assert call(realm, "Symbol.for", "k") is a
    assert call(realm, "Symbol.keyFor", a) == "k"
    assert call(realm, "Symbol.keyFor", JSSymbol("k")) is UNDEFINED
    assert thrown(call, realm, "Symbol.keyFor", "k") == "TypeError: k is not a symbol"


def test_well_known_and_prototype(realm):
    assert resolve(realm, "Symbol.iterator") is SYMBOL_ITERATOR
    d = resolve(realm, "Symbol").GetOwnProperty("iterator")
    assert not d.writable and not d.configurable
    s = JSSymbol("x")
    assert call(realm, "Symbol.prototype.toString", this=s) == "Symbol(x)"
    wrapped = ToObject(s)
    assert call(realm, "Symbol.prototype.valueOf", this=wrapped) is s
    desc = resolve(realm, "Symbol.prototype").GetOwnProperty("description")
    assert desc.get.Call(s, []) == "x"
    proto = resolve(realm, "Symbol.prototype")
    assert proto.Get(SYMBOL_TO_PRIMITIVE, proto).Call(wrapped, ["default"]) is s
    assert thrown(call, realm, "Symbol.prototype.toString", this=1.0) == \
        "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol"
