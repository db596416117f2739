"""24.2 Set Objects (ES2023: no set-methods proposal, as node v20). [[SetData]] is the
OrderedStore of builtins/map.py (keys only; SameValueZero; live iteration)."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.map import (
    KEY_VALUE, VALUE, JSCollectionIterator, OrderedStore, add_entries, collection_iterator_next,
)
from scopejs.runtime.abstract_ops import (
    IsCallable, OrdinaryCreateFromConstructor, describe_for_error,
)
from scopejs.runtime.completion import throw_type_error
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
