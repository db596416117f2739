"""23.1 Array: constructor, statics and every prototype method (driven from Python; expected
values are node v20's)."""
import math

import pytest

from scopejs.builtins.bootstrap import create_realm
from scopejs.runtime.abstract_ops import IteratorStepValue, GetIterator, DONE
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import (EMPTY, NULL, SYMBOL_ITERATOR, SYMBOL_SPECIES,
                                    SYMBOL_UNSCOPABLES, UNDEFINED)
from tests.runtime.jshelpers import arr, call, new, resolve, thrown, to_list


@pytest.fixture
def realm():
    return create_realm()


def m(realm, name, this, *args):
    """Call Array.prototype.<name> on ``this``."""
    return call(realm, f"Array.prototype.{name}", *args, this=this)


def f(realm, body, length=1):
    return realm.new_function(lambda realm_, this, *args: body(*args), length, "")


def nums(*xs):
    return [float(x) for x in xs]


def test_prototype_keys_and_lengths(realm):
    proto = realm.array_prototype
    assert isinstance(proto, JSArray)
    keys = proto.OwnPropertyKeys()
    assert keys[:4] == ["length", "constructor", "at", "concat"]
    assert keys[-2:] == [SYMBOL_ITERATOR, SYMBOL_UNSCOPABLES]
    assert proto.Get(SYMBOL_ITERATOR, proto) is proto.Get("values", proto)
    lengths = {"copyWithin": 2, "splice": 2, "toSpliced": 2, "with": 2, "pop": 0, "flat": 0,
               "push": 1, "reduce": 1}
    for name, n in lengths.items():
        fn = proto.Get(name, proto)
        assert fn.Get("length", fn) == n, name
    unscopables = proto.Get(SYMBOL_UNSCOPABLES, proto)
    assert unscopables.proto is NULL and unscopables.Get("toSorted", unscopables) is True
    A = resolve(realm, "Array")
    assert A.OwnPropertyKeys() == ["length", "name", "prototype", "isArray", "from", "of",
                                   SYMBOL_SPECIES]


def test_constructor(realm):
    assert to_list(call(realm, "Array", 1.0, 2.0)) == nums(1, 2)
    a = new(realm, "Array", 3.0)
    assert a.get_length() == 3 and a.elements == [EMPTY] * 3
    assert to_list(new(realm, "Array", "3")) == ["3"]
    assert thrown(new, realm, "Array", -1.0) == "RangeError: Invalid array length"
    assert thrown(new, realm, "Array", 1.5) == "RangeError: Invalid array length"


def test_from_of_isarray(realm):
    a = call(realm, "Array.from", arr(realm, 1.0, 2.0), this=resolve(realm, "Array"))
    assert to_list(a) == nums(1, 2)
    like = realm.new_object()
    like.Set("length", 2.0, like)
    like.Set("0", "x", like)
    doubled = f(realm, lambda v, k: k * 2)
    b = call(realm, "Array.from", like, doubled, this=resolve(realm, "Array"))
    assert to_list(b) == nums(0, 2)
    s = call(realm, "Array.from", "a\ud83d\ude00", this=resolve(realm, "Array"))
    if s.get_length() == 2:
        assert to_list(s) == ["a", "\ud83d\ude00"]
    assert to_list(call(realm, "Array.of", 7.0, this=resolve(realm, "Array"))) == nums(7)
    assert call(realm, "Array.isArray", arr(realm)) is True
    assert call(realm, "Array.isArray", realm.new_object()) is False
    assert thrown(call, realm, "Array.from", like, 5.0, this=resolve(realm, "Array")) == \
        "TypeError: 5 is not a function"


def test_from_uses_iterator_protocol_when_patched(realm):
    a = arr(realm, 1.0, 2.0)
    calls = []

    def it_fn():
        calls.append(1)
        return call(realm, "Array.prototype.values", this=arr(realm, 9.0))
    a.Set(SYMBOL_ITERATOR, f(realm, it_fn, 0), a)
    b = call(realm, "Array.from", a, this=resolve(realm, "Array"))
    assert to_list(b) == nums(9) and calls == [1]


def test_at_concat_copywithin_fill(realm):
    a = arr(realm, 1.0, 2.0, 3.0)
    assert m(realm, "at", a, -1.0) == 3.0 and m(realm, "at", a, 5.0) is UNDEFINED
    c = m(realm, "concat", a, arr(realm, 4.0), 5.0)
    assert to_list(c) == nums(1, 2, 3, 4, 5)
    holey = new(realm, "Array", 2.0)
    c2 = m(realm, "concat", arr(realm, 1.0), holey)
    assert c2.get_length() == 3 and not c2.HasProperty("1")
    assert to_list(m(realm, "copyWithin", arr(realm, 1.0, 2.0, 3.0, 4.0, 5.0), 0.0, 3.0)) == \
        nums(4, 5, 3, 4, 5)
    assert to_list(m(realm, "copyWithin", arr(realm, 1.0, 2.0, 3.0, 4.0, 5.0), 1.0, 0.0)) == \
        nums(1, 1, 2, 3, 4)
    assert to_list(m(realm, "fill", arr(realm, 1.0, 2.0, 3.0), 0.0, 1.0)) == nums(1, 0, 0)
    assert to_list(m(realm, "fill", new(realm, "Array", 3.0), 7.0)) == nums(7, 7, 7)


def test_find_family_and_index_of(realm):
    a = arr(realm, 1.0, 2.0, 3.0, 2.0)
    is2 = f(realm, lambda v, k, o: v == 2.0)
    assert m(realm, "find", a, is2) == 2.0
    assert m(realm, "findIndex", a, is2) == 1.0
    assert m(realm, "findLast", a, is2) == 2.0
    assert m(realm, "findLastIndex", a, is2) == 3.0
    assert m(realm, "indexOf", a, 2.0) == 1.0
    assert m(realm, "lastIndexOf", a, 2.0) == 3.0
    assert m(realm, "lastIndexOf", a, 2.0, -2.0) == 1.0
    assert m(realm, "indexOf", arr(realm, math.nan), math.nan) == -1.0
    assert m(realm, "includes", arr(realm, math.nan), math.nan) is True
    assert m(realm, "includes", arr(realm, "a", "b"), "b") is True
    assert m(realm, "includes", arr(realm, "a", "b"), "b", 2.0) is False
    assert m(realm, "includes", new(realm, "Array", 2.0), UNDEFINED) is True
    assert m(realm, "indexOf", new(realm, "Array", 2.0), UNDEFINED) == -1.0
    assert m(realm, "includes", arr(realm, 1.0), True) is False
    assert m(realm, "indexOf", arr(realm, -0.0), 0.0) == 0.0


def test_push_pop_shift_unshift_reverse(realm):
    a = arr(realm, 1.0)
    assert m(realm, "push", a, 2.0, 3.0) == 3.0
    assert m(realm, "pop", a) == 3.0
    assert m(realm, "unshift", a, 0.0) == 3.0
    assert to_list(a) == nums(0, 1, 2)
    assert m(realm, "shift", a) == 0.0
    assert to_list(m(realm, "reverse", a)) == nums(2, 1)
    holey = new(realm, "Array", 3.0)
    holey.Set("0", "x", holey)
    m(realm, "reverse", holey)
    assert not holey.HasProperty("0") and holey.Get("2", holey) == "x"
    frozen = arr(realm, 1.0)
    call(realm, "Object.freeze", frozen)
    assert thrown(m, realm, "push", frozen, 2.0).startswith("TypeError")
    # generic receiver
    like = realm.new_object()
    assert m(realm, "push", like, "a") == 1.0 and like.Get("length", like) == 1.0
    assert m(realm, "pop", like) == "a" and like.Get("length", like) == 0.0


def test_push_sees_prototype_setter(realm):
    log = []
    setter = f(realm, lambda v: log.append(v))
    realm.array_prototype.DefineOwnProperty(
        "1", PropertyDescriptor(get=UNDEFINED, set=setter, enumerable=False, configurable=True))
    a = arr(realm, 0.0)
    m(realm, "push", a, "x")
    assert log == ["x"] and a.get_length() == 2 and not a.props.get("1")


def test_slice_splice_to_spliced_with(realm):
    a = arr(realm, 1.0, 2.0, 3.0, 4.0)
    assert to_list(m(realm, "slice", a, 1.0, -1.0)) == nums(2, 3)
    assert to_list(m(realm, "slice", a, -2.0)) == nums(3, 4)
    removed = m(realm, "splice", a, 1.0, 2.0, "a", "b", "c")
    assert to_list(removed) == nums(2, 3) and to_list(a) == [1.0, "a", "b", "c", 4.0]
    removed = m(realm, "splice", a, 1.0)
    assert to_list(removed) == ["a", "b", "c", 4.0] and to_list(a) == nums(1)
    assert to_list(m(realm, "splice", a)) == []
    b = arr(realm, 1.0, 2.0, 3.0)
    assert to_list(m(realm, "toSpliced", b, 1.0, 1.0, "x", "y")) == [1.0, "x", "y", 3.0]
    assert to_list(b) == nums(1, 2, 3)
    assert to_list(m(realm, "with", b, -1.0, 9.0)) == nums(1, 2, 9)
    assert thrown(m, realm, "with", b, 5.0, 1.0) == "RangeError: Invalid index : 5"
    assert to_list(m(realm, "toReversed", b)) == nums(3, 2, 1)
    holey = new(realm, "Array", 2.0)
    t = m(realm, "toReversed", holey)
    assert t.HasProperty("0") and t.Get("0", t) is UNDEFINED


def test_sort(realm):
    a = arr(realm, 10.0, 9.0, 1.0, UNDEFINED, "b", 100.0)
    m(realm, "sort", a)
    assert to_list(a) == [1.0, 10.0, 100.0, 9.0, "b", UNDEFINED]
    b = arr(realm, 3.0, 1.0, 2.0)
    m(realm, "sort", b, f(realm, lambda x, y: x - y, 2))
    assert to_list(b) == nums(1, 2, 3)
    holey = new(realm, "Array", 4.0)
    holey.Set("1", UNDEFINED, holey)
    holey.Set("3", 0.0, holey)
    m(realm, "sort", holey)
    assert holey.Get("0", holey) == 0.0 and holey.HasProperty("1") and \
        not holey.HasProperty("2") and not holey.HasProperty("3")
    # stability
    pairs = [arr(realm, float(k), float(i)) for i, k in enumerate([1, 0, 1, 0, 1])]
    c = arr(realm, *pairs)
    m(realm, "sort", c, f(realm, lambda x, y: x.Get("0", x) - y.Get("0", y), 2))
    assert [to_list(p)[1] for p in to_list(c)] == nums(1, 3, 0, 2, 4)
    assert thrown(m, realm, "sort", c, 5.0) == \
        "TypeError: The comparison function must be either a function or undefined"
    t = m(realm, "toSorted", arr(realm, 2.0, 1.0))
    assert to_list(t) == nums(1, 2)


def test_iteration_methods(realm):
    a = arr(realm, 1.0, 2.0, 3.0)
    seen = []
    m(realm, "forEach", a, f(realm, lambda v, k, o: seen.append((v, k))))
    assert seen == [(1.0, 0.0), (2.0, 1.0), (3.0, 2.0)]
    assert to_list(m(realm, "map", a, f(realm, lambda v, k, o: v * 10))) == nums(10, 20, 30)
    assert to_list(m(realm, "filter", a, f(realm, lambda v, k, o: v != 2.0))) == nums(1, 3)
    assert m(realm, "every", a, f(realm, lambda v, k, o: v > 0)) is True
    assert m(realm, "some", a, f(realm, lambda v, k, o: v > 2)) is True
    add = f(realm, lambda acc, v, k, o: acc + v, 2)
    assert m(realm, "reduce", a, add) == 6.0
    assert m(realm, "reduceRight", a, f(realm, lambda acc, v, k, o: acc * 10 + v, 2)) == 321.0
    assert thrown(m, realm, "reduce", arr(realm), add) == \
        "TypeError: Reduce of empty array with no initial value"
    assert thrown(m, realm, "map", a, 5.0) == "TypeError: 5 is not a function"
    # callbacks see mutation: forEach visits elements pushed? no (length read once)
    b = arr(realm, 1.0, 2.0)
    visits = []

    def grow(v, k, o):
        visits.append(v)
        m(realm, "push", o, 0.0)
    m(realm, "forEach", b, f(realm, grow))
    assert visits == nums(1, 2) and b.get_length() == 4
    # holes are skipped
    holey = new(realm, "Array", 3.0)
    holey.Set("1", "x", holey)
    out = m(realm, "map", holey, f(realm, lambda v, k, o: v + "!"))
    assert out.get_length() == 3 and not out.HasProperty("0") and out.Get("1", out) == "x!"


def test_flat_flatmap(realm):
    nested = arr(realm, 1.0, arr(realm, 2.0, arr(realm, 3.0, arr(realm, 4.0))))
    assert to_list(m(realm, "flat", nested)) [:2] == nums(1, 2)
    assert m(realm, "flat", nested).get_length() == 3
    assert to_list(m(realm, "flat", nested, math.inf)) == nums(1, 2, 3, 4)
    fm = m(realm, "flatMap", arr(realm, 1.0, 2.0), f(realm, lambda v, k, o: arr(realm, v, v)))
    assert to_list(fm) == nums(1, 1, 2, 2)
    assert thrown(m, realm, "flatMap", arr(realm), 5.0) == \
        "TypeError: flatMap mapper function is not callable"


def test_join_tostring_cycles(realm):
    a = arr(realm, 1.0, NULL, UNDEFINED, "x", 1.5)
    assert m(realm, "join", a) == "1,,,x,1.5"
    assert m(realm, "join", a, "-") == "1---x-1.5"
    cyc = arr(realm, 1.0)
    m(realm, "push", cyc, cyc)
    assert m(realm, "join", cyc) == "1,"
    assert m(realm, "toString", arr(realm, 1.0, arr(realm, 2.0, 3.0))) == "1,2,3"
    assert m(realm, "toString", realm.new_object()) == "[object Object]"


def test_species(realm):
    """A subclass-like constructor via @@species controls map/filter/slice/splice/concat."""
    made = []

    def ctor(realm_, new_target, length):
        made.append(length)
        return JSArray(realm_.array_prototype, [])
    C = realm.new_function(ctor, 1, "C", constructor=True)
    species_holder = realm.new_object()
    species_holder.Set(SYMBOL_SPECIES, C, species_holder)
    a = arr(realm, 1.0, 2.0)
    a.Set("constructor", species_holder, a)
    m(realm, "map", a, f(realm, lambda v, k, o: v))
    m(realm, "slice", a)
    assert made == [2.0, 2.0]


def test_iterators(realm):
    a = arr(realm, "a", "b")
    keys = m(realm, "keys", a)
    rec = GetIterator(keys)
    assert [IteratorStepValue(rec), IteratorStepValue(rec), IteratorStepValue(rec)] == \
        [0.0, 1.0, DONE]
    ent = m(realm, "entries", a)
    rec = GetIterator(ent)
    assert to_list(IteratorStepValue(rec)) == [0.0, "a"]
    it = m(realm, "values", a)
    proto = it.proto
    assert proto.Get("next", proto).Get("name", None) == "next"
    from scopejs.runtime.values import SYMBOL_TO_STRING_TAG
    assert proto.Get(SYMBOL_TO_STRING_TAG, proto) == "Array Iterator"
    assert proto.proto is realm.intrinsics["%IteratorPrototype%"]
    ip = realm.intrinsics["%IteratorPrototype%"]
    assert ip.Get(SYMBOL_ITERATOR, ip).Call(it, []) is it
    assert thrown(call, realm, "Array.prototype.values", this=UNDEFINED) == \
        "TypeError: Cannot convert undefined or null to object"


def test_generic_array_like_receiver(realm):
    like = realm.new_object()
    like.Set("length", 2.0, like)
    like.Set("0", "a", like)
    like.Set("1", "b", like)
    assert m(realm, "join", like, "+") == "a+b"
    assert to_list(m(realm, "slice", like)) == ["a", "b"]
    assert m(realm, "includes", like, "b") is True
    m(realm, "reverse", like)
    assert like.Get("0", like) == "b"
    assert m(realm, "shift", like) == "b" and like.Get("length", like) == 1.0
