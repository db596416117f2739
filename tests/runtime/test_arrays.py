"""10.4.2 Array exotic objects: length semantics, dense fast path, sparse fallback."""
import pytest

from scopejs.runtime.abstract_ops import IsArray, LengthOfArrayLike, CreateListFromArrayLike
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.objects.arrays import MAX_DENSE_GAP, ArrayCreate, JSArray
from scopejs.runtime.property import PropertyDescriptor
from scopejs.runtime.values import EMPTY, UNDEFINED


def test_dense_set_and_get(realm):
    a = realm.new_array([1.0, 2.0])
    assert a.Get("1", a) == 2.0 and a.Get("length", a) == 2.0
    assert a.Set("2", 3.0, a)
    assert a.elements == [1.0, 2.0, 3.0]
    assert a.Set("5", 6.0, a)
    assert a.get_length() == 6 and a.elements[3] is EMPTY
    assert a.Get("3", a) is UNDEFINED
    assert a.OwnPropertyKeys() == ["0", "1", "2", "5", "length"]
    assert a.get_index(5) == 6.0 and a.set_index(6, 7.0) and a.get_length() == 7


def test_length_truncates_and_extends(realm):
    a = realm.new_array([1.0, 2.0, 3.0])
    assert a.Set("length", 1.0, a)
    assert a.elements == [1.0]
    assert a.Set("length", 3.0, a)
    assert a.get_length() == 3 and a.GetOwnProperty("2") is None


def test_invalid_length_throws_range_error(realm):
    a = realm.new_array()
    with pytest.raises(ThrowCompletion) as info:
        a.Set("length", -1.0, a)
    assert info.value.value.Get("message", info.value.value) == "Invalid array length"
    with pytest.raises(ThrowCompletion):
        ArrayCreate(2 ** 32, realm.array_prototype)


def test_non_writable_length(realm):
    a = realm.new_array([1.0])
    assert a.DefineOwnProperty("length", PropertyDescriptor(writable=False))
    assert a.Set("1", 2.0, a) is False
    assert a.Set("0", 5.0, a) is True
    assert a.get_length() == 1
    d = a.GetOwnProperty("length")
    assert (d.value, d.writable, d.enumerable, d.configurable) == (1.0, False, False, False)


def test_accessor_index_makes_array_sparse_and_keeps_semantics(realm):
    a = realm.new_array([1.0, 2.0, 3.0])
    g = realm.new_function(lambda r, this: "g", 0, "g")
    assert a.DefineOwnProperty("1", PropertyDescriptor(get=g, configurable=True))
    assert a.elements is None
    assert [a.Get(str(i), a) for i in range(3)] == [1.0, "g", 3.0]
    assert a.OwnPropertyKeys() == ["0", "1", "2", "length"]
    assert a.Set("10", 1.0, a) and a.get_length() == 11
    assert a.Set("length", 2.0, a) and a.OwnPropertyKeys() == ["0", "1", "length"]


def test_non_configurable_element_stops_truncation(realm):
    a = realm.new_array([1.0, 2.0, 3.0])
    assert a.DefineOwnProperty("1", PropertyDescriptor(value=2.0, configurable=False))
    assert a.Set("length", 0.0, a) is False
    assert a.get_length() == 2


def test_far_write_goes_sparse(realm):
    a = realm.new_array()
    assert a.Set(str(MAX_DENSE_GAP * 4), 1.0, a)
    assert a.elements is None and a.get_length() == MAX_DENSE_GAP * 4 + 1
    assert a.OwnPropertyKeys() == [str(MAX_DENSE_GAP * 4), "length"]


def test_delete_makes_hole(realm):
    a = realm.new_array([1.0, 2.0])
    assert a.Delete("0") and a.get_length() == 2 and a.Get("0", a) is UNDEFINED
    assert not a.Delete("length")


def test_hole_reads_through_prototype(realm):
    a = realm.new_array([EMPTY, 2.0])
    realm.array_prototype.Set("0", "from proto", realm.array_prototype) \
        if isinstance(realm.array_prototype, JSArray) else None
    if isinstance(realm.array_prototype, JSArray):
        assert a.Get("0", a) == "from proto"
        assert CreateListFromArrayLike(a) == ["from proto", 2.0]
        realm.array_prototype.Delete("0")


def test_is_array_and_length(realm):
    a = realm.new_array([1.0])
    assert IsArray(a) and not IsArray(realm.new_object())
    assert LengthOfArrayLike(a) == 1
