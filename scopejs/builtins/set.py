"""24.2 Set Objects, with the ES2025 set methods (union, intersection ...). [[SetData]] is the
OrderedStore of builtins/map.py (keys only; SameValueZero; live iteration)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.map import (
    DELETED, KEY_VALUE, VALUE, JSCollectionIterator, OrderedStore, add_entries, collection_iterator_next,
)
from scopejs.runtime.abstract_ops import (
    DONE, Call, IsCallable, IteratorClose, IteratorRecord, IteratorStepValue,
    OrdinaryCreateFromConstructor, ToBoolean, ToIntegerOrInfinity, ToNumber, describe_for_error,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED


class JSSet(JSObject):
    """24.2.5 Properties of Set Instances: [[SetData]]."""
    __slots__ = ("set_data",)
    class_name = "Set"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.set_data = OrderedStore()


def _this_set(this, method: str) -> OrderedStore:
    if isinstance(this, JSSet):
        return this.set_data
    throw_type_error(f"Method Set.prototype.{method} called on incompatible receiver "
                     f"{describe_for_error(this)}")


SET_PROTOTYPE = intrinsic("%Set.prototype%")
SET = constructor("%Set%", length=0, instance_prototype="%Set.prototype%")


@SET.behavior
def Set(realm, new_target, iterable):
    """24.2.2.1 Set ( [ iterable ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor Set requires 'new'")
    s = OrdinaryCreateFromConstructor(new_target, "%Set.prototype%", JSSet)
    if iterable is UNDEFINED or iterable is NULL:
        return s
    adder = s.Get("add", s)
    store = s.set_data
    fast = None
    if adder is realm.intrinsics.get("%Set.prototype.add%"):
        def fast(v):
            if v.__class__ is float and v == 0.0:
                v = 0.0               # -0 is stored as +0
            store.set(v, v)
    return add_entries(realm, s, iterable, adder, False, fast)


SET.getter("@@species")(lambda realm, this: this)   # 24.2.3.2 get Set [ @@species ]


@SET_PROTOTYPE.method("has", length=1)
def Set_prototype_has(realm, this, value):
    """24.2.4.8 Set.prototype.has ( value )"""
    return _this_set(this, "has").has(value)


@SET_PROTOTYPE.method("add", length=1, intrinsic="%Set.prototype.add%")
def Set_prototype_add(realm, this, value):
    """24.2.4.1 Set.prototype.add ( value )"""
    store = _this_set(this, "add")
    if value.__class__ is float and value == 0.0:
        value = 0.0                   # step 4: -0 is stored as +0
    store.set(value, value)
    return this


@SET_PROTOTYPE.method("delete", length=1)
def Set_prototype_delete(realm, this, value):
    """24.2.4.4 Set.prototype.delete ( value )"""
    return _this_set(this, "delete").delete(value)


@SET_PROTOTYPE.method("clear", length=0)
def Set_prototype_clear(realm, this):
    """24.2.4.2 Set.prototype.clear ( )"""
    _this_set(this, "clear").clear()


@SET_PROTOTYPE.method("entries", length=0)
def Set_prototype_entries(realm, this):
    """24.2.4.6 Set.prototype.entries ( )"""
    return CreateSetIterator(realm, _this_set(this, "entries"), KEY_VALUE)


@SET_PROTOTYPE.method("forEach", length=1)
def Set_prototype_forEach(realm, this, callback, this_arg):
    """24.2.4.7 Set.prototype.forEach ( callbackfn [ , thisArg ] )"""
    store = _this_set(this, "forEach")
    if not IsCallable(callback):
        throw_type_error(f"{describe_for_error(callback)} is not a function")
    cursor = store.cursor()
    while True:
        i = store.next_entry(cursor)
        if i < 0:
            return UNDEFINED
        v = store.keys[i]
        callback.Call(this_arg, [v, v, this])


@SET_PROTOTYPE.getter("size")
def get_Set_prototype_size(realm, this):
    """24.2.4.14 get Set.prototype.size"""
    if not isinstance(this, JSSet):
        throw_type_error("Method get Set.prototype.size called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return float(len(this.set_data))


@SET_PROTOTYPE.method("values", length=0)
def Set_prototype_values(realm, this):
    """24.2.4.17 Set.prototype.values ( )"""
    return CreateSetIterator(realm, _this_set(this, "values"), VALUE)


# -- ES2025 set methods ---------------------------------------------------------------------

class SetRecord:
    """24.2.1.1 Set Records: [[SetObject]], [[Size]], [[Has]], [[Keys]]."""
    __slots__ = ("set_object", "size", "has", "keys")

    def __init__(self, set_object, size, has, keys):
        self.set_object = set_object
        self.size = size
        self.has = has
        self.keys = keys


# 24.2.1.2 GetSetRecord ( obj )
def GetSetRecord(obj) -> SetRecord:  # noqa: N802
    # 1. If obj is not an Object, throw a TypeError exception.
    if not isinstance(obj, JSObject):
        throw_type_error(f"{describe_for_error(obj)} is not an object")
    # 2-4. rawSize, numSize; a NaN size (undefined included) is a TypeError.
    num_size = ToNumber(obj.Get("size", obj))
    if num_size != num_size:
        throw_type_error("The .size property is NaN")
    # 5-6. intSize; negative is a RangeError.
    int_size = ToIntegerOrInfinity(num_size)
    if int_size < 0:
        throw_range_error(f"'{int_size}' is an invalid size")
    # 7-10. has and keys must be callable.
    has = obj.Get("has", obj)
    if not IsCallable(has):
        throw_type_error("The .has property is not callable")
    keys = obj.Get("keys", obj)
    if not IsCallable(keys):
        throw_type_error("The .keys property is not callable")
    # 11.
    return SetRecord(obj, int_size, has, keys)


# 24.2.1.3 SetDataHas ( setData, value ) is OrderedStore.has; SetDataSize is len(store).

# GetKeysIterator ( setRec ): ES2025's step list, inlined in the set methods of the pinned
# biblio (call keys, require an object, read and check next).
def GetKeysIterator(set_rec: SetRecord) -> IteratorRecord:  # noqa: N802
    keys_iter = Call(set_rec.keys, set_rec.set_object)
    if not isinstance(keys_iter, JSObject):
        throw_type_error(f"{describe_for_error(keys_iter)} is not an object")
    next_method = keys_iter.Get("next", keys_iter)
    if not IsCallable(next_method):
        throw_type_error(f"{describe_for_error(next_method)} is not a function")
    return IteratorRecord(keys_iter, next_method, False)


def _other_keys(keys_iter: IteratorRecord):
    """The values of the other set's keys iterator (IteratorStepValue until DONE)."""
    while True:
        nxt = IteratorStepValue(keys_iter)
        if nxt is DONE:
            return
        yield nxt


def _other_has(other_rec: SetRecord, e) -> bool:
    """ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »))."""
    return ToBoolean(Call(other_rec.has, other_rec.set_object, [e]))


def _copy_store(store: OrderedStore) -> OrderedStore:
    copy = OrderedStore()
    for k in store.keys:
        if k is not DELETED:
            copy.set(k, k)
    return copy


def _new_set(realm, store: OrderedStore):
    """OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] ») with [[SetData]] ``store``."""
    result = JSSet(realm.intrinsics["%Set.prototype%"])
    result.set_data = store
    return result


def _live_values(store: OrderedStore):
    """O.[[SetData]] walked by index while the loop body may change it (the spec's
    'Repeat, while index < thisSize' with thisSize re-read after each call)."""
    cursor = store.cursor()
    while True:
        i = store.next_entry(cursor)
        if i < 0:
            return
        yield store.keys[i]


def _normalize_zero(v):
    # CanonicalizeKeyedCollectionKey: -0 becomes +0.
    return 0.0 if v.__class__ is float and v == 0.0 else v


@SET_PROTOTYPE.method("union", length=1)
def Set_prototype_union(realm, this, other):
    """24.2.4.16 Set.prototype.union ( other )"""
    store = _this_set(this, "union")
    other_rec = GetSetRecord(other)
    keys_iter = GetKeysIterator(other_rec)
    result = _copy_store(store)
    for nxt in _other_keys(keys_iter):
        nxt = _normalize_zero(nxt)
        if not result.has(nxt):
            result.set(nxt, nxt)
    return _new_set(realm, result)


@SET_PROTOTYPE.method("intersection", length=1)
def Set_prototype_intersection(realm, this, other):
    """24.2.4.9 Set.prototype.intersection ( other )"""
    store = _this_set(this, "intersection")
    other_rec = GetSetRecord(other)
    result = OrderedStore()
    if len(store) <= other_rec.size:
        for e in _live_values(store):
            if _other_has(other_rec, e):
                if not result.has(e):
                    result.set(e, e)
    else:
        for nxt in _other_keys(GetKeysIterator(other_rec)):
            nxt = _normalize_zero(nxt)
            if store.has(nxt) and not result.has(nxt):
                result.set(nxt, nxt)
    return _new_set(realm, result)


@SET_PROTOTYPE.method("difference", length=1)
def Set_prototype_difference(realm, this, other):
    """24.2.4.5 Set.prototype.difference ( other )"""
    store = _this_set(this, "difference")
    other_rec = GetSetRecord(other)
    result = _copy_store(store)
    if len(store) <= other_rec.size:
        # 5. Walks the copy's elements (the copy is not changed by the calls).
        for e in list(result.keys):
            if _other_has(other_rec, e):
                result.delete(e)
    else:
        for nxt in _other_keys(GetKeysIterator(other_rec)):
            result.delete(_normalize_zero(nxt))
    return _new_set(realm, result)


@SET_PROTOTYPE.method("symmetricDifference", length=1)
def Set_prototype_symmetricDifference(realm, this, other):
    """24.2.4.15 Set.prototype.symmetricDifference ( other )"""
    store = _this_set(this, "symmetricDifference")
    other_rec = GetSetRecord(other)
    keys_iter = GetKeysIterator(other_rec)
    result = _copy_store(store)
    for nxt in _other_keys(keys_iter):
        nxt = _normalize_zero(nxt)
        already_in_result = result.has(nxt)
        if store.has(nxt):
            if already_in_result:
                result.delete(nxt)
        elif not already_in_result:
            result.set(nxt, nxt)
    return _new_set(realm, result)


@SET_PROTOTYPE.method("isSubsetOf", length=1)
def Set_prototype_isSubsetOf(realm, this, other):
    """24.2.4.11 Set.prototype.isSubsetOf ( other )"""
    store = _this_set(this, "isSubsetOf")
    other_rec = GetSetRecord(other)
    if len(store) > other_rec.size:
        return False
    for e in _live_values(store):
        if not _other_has(other_rec, e):
            return False
    return True


@SET_PROTOTYPE.method("isSupersetOf", length=1)
def Set_prototype_isSupersetOf(realm, this, other):
    """24.2.4.12 Set.prototype.isSupersetOf ( other )"""
    store = _this_set(this, "isSupersetOf")
    other_rec = GetSetRecord(other)
    if len(store) < other_rec.size:
        return False
    keys_iter = GetKeysIterator(other_rec)
    for nxt in _other_keys(keys_iter):
        if not store.has(nxt):
            IteratorClose(keys_iter)
            return False
    return True


@SET_PROTOTYPE.method("isDisjointFrom", length=1)
def Set_prototype_isDisjointFrom(realm, this, other):
    """24.2.4.10 Set.prototype.isDisjointFrom ( other )"""
    store = _this_set(this, "isDisjointFrom")
    other_rec = GetSetRecord(other)
    if len(store) <= other_rec.size:
        for e in _live_values(store):
            if _other_has(other_rec, e):
                return False
    else:
        keys_iter = GetKeysIterator(other_rec)
        for nxt in _other_keys(keys_iter):
            if store.has(nxt):
                IteratorClose(keys_iter)
                return False
    return True


SET_PROTOTYPE.alias("keys", "values")           # 24.2.4.10: the same function object
SET_PROTOTYPE.value("@@toStringTag", "Set", writable=False)
SET_PROTOTYPE.alias("@@iterator", "values")     # 24.2.4.18: the same function object


SET_ITERATOR_PROTOTYPE = intrinsic("%SetIteratorPrototype%", prototype="%IteratorPrototype%",
                                   to_string_tag="Set Iterator")


class JSSetIterator(JSCollectionIterator):
    __slots__ = ()
    class_name = "Set Iterator"


# 24.2.6.1 CreateSetIterator ( set, kind )
def CreateSetIterator(realm, store, kind):  # noqa: N802
    # A Set's store keeps each value as both key and value (entries are [v, v]).
    return JSSetIterator(realm.intrinsics["%SetIteratorPrototype%"], store, kind)


@SET_ITERATOR_PROTOTYPE.method("next", length=0)
def SetIteratorPrototype_next(realm, this):
    """24.2.6.2.1 %SetIteratorPrototype%.next ( )"""
    if this.__class__ is not JSSetIterator:
        throw_type_error("Method Set Iterator.prototype.next called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return collection_iterator_next(realm, this, "Set")
