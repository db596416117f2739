"""24.1 Map / 24.2 Set: the OrderedStore (SameValueZero keys, live cursors across deletes,
compaction and clear) and the built-ins driven from Python."""
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.builtins.map import OrderedStore
from scopejs.runtime.values import UNDEFINED, JSBigInt
from tests.runtime.jshelpers import arr, call, new, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def test_same_value_zero_keys():
    s = OrderedStore()
    s.set(1.0, "num")
    s.set(True, "bool")
    s.set("1", "str")
    s.set(math.nan, "nan")
    s.set(-0.0, "zero")
    s.set(JSBigInt(1), "big")
    assert s.get(1.0) == "num" and s.get(True) == "bool" and s.get("1") == "str"
    assert s.get(float("nan")) == "nan" and s.get(0.0) == "zero"
    assert s.get(JSBigInt(1)) == "big" and len(s) == 6
    assert math.copysign(1, s.keys[4]) == 1.0          # -0 stored as +0


def test_cursor_survives_compaction_and_clear():
    s = OrderedStore()
    for i in range(100):
        s.set(float(i), i)
    c = s.cursor()
    for _ in range(60):
        s.next_entry(c)
    for i in range(90):
        s.delete(float(i))
    assert len(s.keys) < 20                             # compacted (twice)
    i = s.next_entry(c)
    assert s.keys[i] == 90.0
    s.clear()
    s.set("x", 1)
    assert s.keys[s.next_entry(c)] == "x"


def test_map_and_set_builtins(realm):
    m = new(realm, "Map", arr(realm, arr(realm, "a", 1.0), arr(realm, "b", 2.0)))
    assert call(realm, "Map.prototype.get", "b", this=m) == 2.0
    assert m.Get("size", m) == 2.0
    st = new(realm, "Set", arr(realm, 1.0, 1.0, -0.0))
    assert st.Get("size", st) == 2.0
    assert thrown(call, realm, "Map") == "TypeError: Constructor Map requires 'new'"
    assert thrown(new, realm, "Set", 5.0) == \
        "TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))"
    assert thrown(call, realm, "Set.prototype.add", 1.0, this=m) == \
        "TypeError: Method Set.prototype.add called on incompatible receiver #<Map>"
