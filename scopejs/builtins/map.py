"""24.1 Map Objects, and the ordered store shared with Set (24.2).

``OrderedStore`` is [[MapData]] / [[SetData]]: entries in insertion order in two parallel lists
(deleted entries become the ``DELETED`` marker, as the spec's ~empty~), plus a dict from the
canonical key to the entry's position. Keys are compared with SameValueZero: -0 is stored as
+0, every NaN shares one dict key, and booleans get their own dict keys (Python would
otherwise take ``True == 1.0``). Iterators and forEach hold a ``Cursor``; when deletions pile
up the store compacts and moves every live cursor, so iteration stays live during mutation
exactly as the spec's index-based loops (24.1.3.5 step 4-5, 24.1.5.1).
"""
from __future__ import annotations

import weakref

from scopejs.builtins.array_iterator import pristine_array_values
from scopejs.builtins.declare import constructor, intrinsic
from scopejs.builtins.iterator import get_iterator_v8
from scopejs.runtime.abstract_ops import (
    DONE, Call, CreateArrayFromList, CreateIterResultObject, GetIterator, IsCallable,
    IteratorClose, IteratorStepValue, OrdinaryCreateFromConstructor, RequireObjectCoercible,
    ToPropertyKey, describe_for_error,
)
from scopejs.runtime.completion import ThrowCompletion, throw_type_error
from scopejs.runtime.execution import tick
from scopejs.runtime.objects.arrays import JSArray
from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL, UNDEFINED

__all__ = ["OrderedStore", "Cursor", "canonical_key", "JSMap", "DELETED", "add_entries"]


class _Marker:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


DELETED = _Marker("<deleted>")
_NAN_KEY = _Marker("<NaN key>")
_TRUE_KEY = _Marker("<true key>")
_FALSE_KEY = _Marker("<false key>")


def canonical_key(key):
    """The dict key for a JS value under SameValueZero."""
    c = key.__class__
    if c is float:
        if key != key:
            return _NAN_KEY
        return 0.0 if key == 0.0 else key
    if c is bool:
        return _TRUE_KEY if key else _FALSE_KEY
    return key


class Cursor:
    """A position in an OrderedStore held by an iterator or a running forEach."""
    __slots__ = ("position", "__weakref__")

    def __init__(self):
        self.position = 0


class OrderedStore:
    """[[MapData]] / [[SetData]] (see the module docstring)."""

    __slots__ = ("keys", "values", "index", "deleted", "cursors")

    def __init__(self):
        self.keys: list = []
        self.values: list = []
        self.index: dict = {}
        self.deleted = 0
        self.cursors = None           # weakref.WeakSet of Cursor, created on demand

    def __len__(self) -> int:
        return len(self.index)

    def cursor(self) -> Cursor:
        c = Cursor()
        if self.cursors is None:
            self.cursors = weakref.WeakSet()
        self.cursors.add(c)
        return c

    def get(self, key, default=UNDEFINED):
        i = self.index.get(canonical_key(key))
        return default if i is None else self.values[i]

    def has(self, key) -> bool:
        return canonical_key(key) in self.index

    def set(self, key, value) -> None:
        ck = canonical_key(key)
        i = self.index.get(ck)
        if i is not None:
            self.values[i] = value
            return
        if key.__class__ is float and key == 0.0:
            key = 0.0                 # -0 is stored as +0
        self.index[ck] = len(self.keys)
        self.keys.append(key)
        self.values.append(value)

    def delete(self, key) -> bool:
        i = self.index.pop(canonical_key(key), None)
        if i is None:
            return False
        self.keys[i] = DELETED
        self.values[i] = None
        self.deleted += 1
        if self.deleted > 32 and self.deleted * 2 > len(self.keys):
            self._compact()
        return True

    def clear(self) -> None:
        self.keys.clear()
        self.values.clear()
        self.index.clear()
        self.deleted = 0
        if self.cursors:
            for c in self.cursors:
                c.position = 0

    def _compact(self) -> None:
        old_keys, old_values = self.keys, self.values
        new_pos = []                  # live entries before each old position
        keys, values, index = [], [], {}
        for k, v in zip(old_keys, old_values):
            new_pos.append(len(keys))
            if k is not DELETED:
                index[canonical_key(k)] = len(keys)
                keys.append(k)
                values.append(v)
        new_pos.append(len(keys))
        if self.cursors:
            for c in self.cursors:
                c.position = new_pos[min(c.position, len(old_keys))]
        self.keys, self.values, self.index, self.deleted = keys, values, index, 0

    def next_entry(self, cursor: Cursor):
        """Advance ``cursor`` to the next live entry: its position, or -1 at the end."""
        keys = self.keys
        i = cursor.position
        n = len(keys)
        while i < n:
            if keys[i] is not DELETED:
                cursor.position = i + 1
                return i
            i += 1
        cursor.position = i
        return -1

    def items(self) -> list:
        """(key, value) of the live entries (for console formatting)."""
        return [(k, v) for k, v in zip(self.keys, self.values) if k is not DELETED]


class JSMap(JSObject):
    """24.1.4 Properties of Map Instances: [[MapData]]."""
    __slots__ = ("map_data",)
    class_name = "Map"

    def __init__(self, proto):
        JSObject.__init__(self, proto)
        self.map_data = OrderedStore()


def _this_map(this, method: str) -> OrderedStore:
    if this.__class__ is JSMap or isinstance(this, JSMap):
        return this.map_data
    throw_type_error(f"Method Map.prototype.{method} called on incompatible receiver "
                     f"{describe_for_error(this)}")


MAP_PROTOTYPE = intrinsic("%Map.prototype%")
MAP = constructor("%Map%", length=0, instance_prototype="%Map.prototype%")


# 24.1.1.2 AddEntriesFromIterable ( target, iterable, adder )
def add_entries(realm, target, iterable, adder, pairs: bool, fast_add):
    """Shared by Map/WeakMap (``pairs``: entries are [key, value] objects) and Set/WeakSet.
    ``fast_add(value)`` replaces Call(adder, target, ...) when ``adder`` is the original."""
    if not isinstance(adder, JSFunctionBase):
        what = "Map" if pairs else "Set"
        throw_type_error(f"'{describe_for_error(adder)}' returned for property "
                         f"'{'set' if pairs else 'add'}' of object '#<{what}>' is not a function")
    values = pristine_array_values(realm, iterable)
    if values is not None and not pairs:
        for v in values:
            tick()
            if fast_add is not None:
                fast_add(v)
            else:
                adder.Call(target, [v])
        return target
    record = get_iterator_v8(realm, iterable) if values is None else None
    while True:
        tick()
        if values is not None:
            nxt = next(values, DONE)
        else:
            nxt = IteratorStepValue(record)
        if nxt is DONE:
            return target
        try:
            if pairs:
                if not isinstance(nxt, JSObject):
                    throw_type_error(f"Iterator value {describe_for_error(nxt)} is not an entry "
                                     "object")
                if nxt.__class__ is JSArray:
                    k = nxt.get_index(0)
                    v = nxt.get_index(1)
                else:
                    k = nxt.Get("0", nxt)
                    v = nxt.Get("1", nxt)
                if fast_add is not None:
                    fast_add(k, v)
                else:
                    adder.Call(target, [k, v])
            elif fast_add is not None:
                fast_add(nxt)
            else:
                adder.Call(target, [nxt])
        except ThrowCompletion as exc:
            if record is not None:
                IteratorClose(record, exc)
            raise


@MAP.behavior
def Map(realm, new_target, iterable):
    """24.1.1.1 Map ( [ iterable ] )"""
    if new_target is UNDEFINED:
        throw_type_error("Constructor Map requires 'new'")
    m = OrdinaryCreateFromConstructor(new_target, "%Map.prototype%", JSMap)
    if iterable is UNDEFINED or iterable is NULL:
        return m
    adder = m.Get("set", m)
    fast = m.map_data.set if adder is realm.intrinsics.get("%Map.prototype.set%") else None
    return add_entries(realm, m, iterable, adder, True, fast)


# 7.3.35 GroupBy ( items, callback, keyCoercion )
def GroupBy(items, callback, key_coercion: str) -> list:  # noqa: N802
    """The groups as a list of (key, elements) in first-seen order; ``key_coercion`` is
    'property' or 'collection'."""
    # 1-2.
    RequireObjectCoercible(items, "groupBy")
    if not IsCallable(callback):
        throw_type_error(f"{describe_for_error(callback)} is not a function")
    # 3. groups: AddValueToKeyedGroup (7.3.34) finds a group by SameValue of the keys, which
    # for property keys is string/symbol equality, and for canonicalized collection keys is
    # the SameValueZero dict key of builtins/map.py.
    groups: dict = {}
    order: list = []
    # 4-5.
    record = GetIterator(items, "sync")
    k = 0
    while True:
        # 6.a. k >= 2**53 - 1 cannot be reached by a Python loop in practice; checked anyway.
        if k >= 2 ** 53 - 1:
            try:
                throw_type_error("Too many elements passed to groupBy")
            except ThrowCompletion as error:
                IteratorClose(record, error)
        # 6.b-d.
        value = IteratorStepValue(record)
        if value is DONE:
            return [(key, groups[dict_key]) for key, dict_key in order]
        # 6.e-h.
        try:
            key = Call(callback, UNDEFINED, [value, float(k)])
            if key_coercion == "property":
                key = ToPropertyKey(key)
                dict_key = key
            else:
                if key.__class__ is float and key == 0.0:
                    key = 0.0          # CanonicalizeKeyedCollectionKey: -0 -> +0
                dict_key = canonical_key(key)
        except ThrowCompletion as error:
            IteratorClose(record, error)
        # 6.i. AddValueToKeyedGroup ( groups, key, value )
        group = groups.get(dict_key)
        if group is None:
            groups[dict_key] = group = []
            order.append((key, dict_key))
        group.append(value)
        k += 1


@MAP.method("groupBy", length=2)
def Map_groupBy(realm, this, items, callback):
    """24.1.2.1 Map.groupBy ( items, callback )"""
    groups = GroupBy(items, callback, "collection")
    result = JSMap(realm.intrinsics["%Map.prototype%"])
    for key, elements in groups:
        result.map_data.set(key, CreateArrayFromList(elements))
    return result


MAP.getter("@@species")(lambda realm, this: this)   # 24.1.2.3 get Map [ @@species ]


@MAP_PROTOTYPE.method("get", length=1)
def Map_prototype_get(realm, this, key):
    """24.1.3.6 Map.prototype.get ( key )"""
    return _this_map(this, "get").get(key)


@MAP_PROTOTYPE.method("set", length=2, intrinsic="%Map.prototype.set%")
def Map_prototype_set(realm, this, key, value):
    """24.1.3.11 Map.prototype.set ( key, value )"""
    _this_map(this, "set").set(key, value)
    return this


@MAP_PROTOTYPE.method("has", length=1)
def Map_prototype_has(realm, this, key):
    """24.1.3.9 Map.prototype.has ( key )"""
    return _this_map(this, "has").has(key)


@MAP_PROTOTYPE.method("delete", length=1)
def Map_prototype_delete(realm, this, key):
    """24.1.3.3 Map.prototype.delete ( key )"""
    return _this_map(this, "delete").delete(key)


@MAP_PROTOTYPE.method("clear", length=0)
def Map_prototype_clear(realm, this):
    """24.1.3.1 Map.prototype.clear ( )"""
    _this_map(this, "clear").clear()


@MAP_PROTOTYPE.method("entries", length=0)
def Map_prototype_entries(realm, this):
    """24.1.3.4 Map.prototype.entries ( )"""
    return CreateMapIterator(realm, _this_map(this, "entries"), KEY_VALUE, "Map")


@MAP_PROTOTYPE.method("forEach", length=1)
def Map_prototype_forEach(realm, this, callback, this_arg):
    """24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] )"""
    store = _this_map(this, "forEach")
    if not IsCallable(callback):
        throw_type_error(f"{describe_for_error(callback)} is not a function")
    cursor = store.cursor()
    while True:
        i = store.next_entry(cursor)
        if i < 0:
            return UNDEFINED
        callback.Call(this_arg, [store.values[i], store.keys[i], this])


@MAP_PROTOTYPE.method("keys", length=0)
def Map_prototype_keys(realm, this):
    """24.1.3.10 Map.prototype.keys ( )"""
    return CreateMapIterator(realm, _this_map(this, "keys"), KEY, "Map")


@MAP_PROTOTYPE.getter("size")
def get_Map_prototype_size(realm, this):
    """24.1.3.12 get Map.prototype.size"""
    if not isinstance(this, JSMap):
        throw_type_error("Method get Map.prototype.size called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return float(len(this.map_data))


@MAP_PROTOTYPE.method("values", length=0)
def Map_prototype_values(realm, this):
    """24.1.3.13 Map.prototype.values ( )"""
    return CreateMapIterator(realm, _this_map(this, "values"), VALUE, "Map")


MAP_PROTOTYPE.value("@@toStringTag", "Map", writable=False)
MAP_PROTOTYPE.alias("@@iterator", "entries")   # 24.1.3.12: the same function object


# -- 24.1.5 Map Iterator Objects (and 24.2.6 Set Iterator Objects) -------------------------

KEY, VALUE, KEY_VALUE = 0, 1, 2


class JSCollectionIterator(JSObject):
    """A Map or Set Iterator: the store (None when done), a cursor and the kind."""
    __slots__ = ("store", "cursor", "kind")

    def __init__(self, proto, store, kind):
        JSObject.__init__(self, proto)
        self.store = store
        self.cursor = store.cursor()
        self.kind = kind


MAP_ITERATOR_PROTOTYPE = intrinsic("%MapIteratorPrototype%", prototype="%IteratorPrototype%",
                                   to_string_tag="Map Iterator")


class JSMapIterator(JSCollectionIterator):
    __slots__ = ()
    class_name = "Map Iterator"


# 24.1.5.1 CreateMapIterator ( map, kind )
def CreateMapIterator(realm, store, kind, what):  # noqa: N802
    return JSMapIterator(realm.intrinsics["%MapIteratorPrototype%"], store, kind)


def collection_iterator_next(realm, it, kind_name):
    store = it.store
    if store is None:
        return CreateIterResultObject(UNDEFINED, True)
    i = store.next_entry(it.cursor)
    if i < 0:
        it.store = None
        return CreateIterResultObject(UNDEFINED, True)
    kind = it.kind
    if kind == KEY:
        return CreateIterResultObject(store.keys[i], False)
    if kind == VALUE:
        return CreateIterResultObject(store.values[i], False)
    return CreateIterResultObject(realm.new_array((store.keys[i], store.values[i])), False)


@MAP_ITERATOR_PROTOTYPE.method("next", length=0)
def MapIteratorPrototype_next(realm, this):
    """24.1.5.2.1 %MapIteratorPrototype%.next ( )"""
    if this.__class__ is not JSMapIterator:
        throw_type_error("Method Map Iterator.prototype.next called on incompatible receiver "
                         f"{describe_for_error(this)}")
    return collection_iterator_next(realm, this, "Map")


__all__ += ["JSCollectionIterator", "collection_iterator_next", "KEY", "VALUE", "KEY_VALUE"]
