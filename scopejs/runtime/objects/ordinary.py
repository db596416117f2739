"""10.1 Ordinary Object Internal Methods and Internal Slots: ``JSObject``.

Representation (design.md "Values"):
  ``props``  dict key -> value in insertion order; a data property's value is stored raw, an
             accessor property as an ``Accessor`` record (never a JS value).
  ``flags``  None, or dict key -> attribute bits for every property whose attributes differ
             from WEC (writable|enumerable|configurable). Accessors always have an entry.
So the common [[Get]] is one dict lookup plus one class check, and the common [[Set]] of an
existing property is one lookup plus ``flags is None``.

Class attributes tell the generic algorithms how far they may take fast paths:
  ``plain_props``      all own properties live in props/flags (False for exotic objects whose
                       own properties are computed: arrays, String objects, arguments ...);
                       such objects implement ``own_slot``/``own_flags`` and the internal methods.
  ``index_exotic``     only array-index keys and "length" are computed; every other key lives
                       in props/flags (arrays, String objects), so lookups of other keys
                       may read props directly.
  ``ordinary_get_set`` [[Get]]/[[Set]]/[[HasProperty]] are the ordinary ones (False for Proxy,
                       mapped arguments, typed arrays): the prototype walk then calls the
                       object's own method instead of reading its slots.
"""
from __future__ import annotations

from scopejs.runtime.property import (
    C, E, EC, W, WEC, Accessor, PropertyDescriptor,
)
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol, SameValue

__all__ = ["JSObject", "ImmutablePrototypeObject", "MISSING", "array_index", "ordinary_get",
           "ordinary_set", "ordinary_define_own_property", "describe_thrown",
           "is_compatible_property_descriptor"]


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<missing>"


MISSING = _Missing()

# The ephemeron-table key of an object's [[PrivateElements]] (a WeakMap's key is its id(),
# never 0).
PRIVATE_ELEMENTS = 0


def ephemeron_table(holder, create: bool = False):
    """The ``ephemerons`` dict of a JSObject or JSSymbol (None when it has none and not
    ``create``). Values stored here are reachable only through their holder, so a value that
    refers back to its holder (``wm.set(k, {k})``, ``class A { #me = this }``) does not keep
    it alive: Python's collector sees an ordinary cycle, where a table beside the holder
    (a WeakKeyDictionary) would hold the value, and through it the holder, forever."""
    try:
        return holder.ephemerons
    except AttributeError:   # the slot is unset until first needed
        if not create:
            return None
        holder.ephemerons = table = {}
        return table
_MAX_INDEX = 4294967294  # 2**32 - 2


def array_index(key) -> int:
    """The integer of a canonical array-index string ("0".."4294967294"), else -1."""
    if key.__class__ is str and key.isdigit() and key.isascii() and (key[0] != "0" or key == "0"):
        n = int(key)
        if n <= _MAX_INDEX:
            return n
    return -1


class JSObject:
    """An ordinary object (10.1). ``proto`` is [[Prototype]] (a JSObject or NULL),
    ``extensible`` is [[Extensible]]."""

    # ``ephemerons`` (unset until needed, see ephemeron_table) holds what this object keeps
    # alive only while it lives itself: its [[PrivateElements]] and its WeakMap values.
    __slots__ = ("proto", "extensible", "props", "flags", "ephemerons", "__weakref__")

    typeof_tag = "object"
    class_name = "Object"        # for console formatting / debugging
    builtin_tag = "Object"       # 20.1.3.6 Object.prototype.toString step 5-14 builtinTag
    plain_props = True
    index_exotic = False         # only array-index keys and "length" are exotic (arrays, strings)
    ordinary_get_set = True
    ordinary_get_prototype_of = True

    def __init__(self, proto=NULL):
        self.proto = proto
        self.extensible = True
        self.props = {}
        self.flags = None

    def __repr__(self) -> str:
        return f"<{self.__class__.__name__} {self.class_name}>"

    # -- creation-time helpers (no checks: use only on fresh objects / built-in setup) -------

    def define_own_value(self, key, value, flags: int = WEC) -> None:
        """Create or overwrite a data property with attribute ``flags`` without any checks."""
        self.props[key] = value
        fl = self.flags
        if flags != WEC:
            if fl is None:
                self.flags = fl = {}
            fl[key] = flags
        elif fl is not None:
            fl.pop(key, None)

    def define_own_accessor(self, key, getter=UNDEFINED, setter=UNDEFINED, flags: int = EC) -> None:
        """Create or overwrite an accessor property without any checks."""
        self.props[key] = Accessor(getter, setter)
        fl = self.flags
        if fl is None:
            self.flags = fl = {}
        fl[key] = flags & (E | C)

    # -- representation-agnostic fast own lookup --------------------------------------------

    def own_slot(self, key):
        """The raw own property: a value, an ``Accessor``, or MISSING. No allocation."""
        return self.props.get(key, MISSING)

    def own_flags(self, key) -> int:
        """Attribute bits of an existing own property (see own_slot)."""
        fl = self.flags
        if fl is None:
            return WEC
        return fl.get(key, WEC)

    # -- integer fast paths for the interpreter ---------------------------------------------

    def get_index(self, index: int):
        """obj[index] for an int 0 <= index (equivalent to Get(ToString(index), obj))."""
        return self.Get(str(index), self)

    def set_index(self, index: int, value) -> bool:
        """obj[index] = value for an int 0 <= index; returns the [[Set]] success flag."""
        return self.Set(str(index), value, self)

    # -- 10.1 essential internal methods -----------------------------------------------------

    # 10.1.1 [[GetPrototypeOf]] ( )
    def GetPrototypeOf(self):  # noqa: N802
        return self.proto

    # 10.1.2 [[SetPrototypeOf]] ( V )
    def SetPrototypeOf(self, value) -> bool:  # noqa: N802
        # 10.1.2.1 OrdinarySetPrototypeOf ( O, V )
        current = self.proto
        if value is current:
            return True
        if not self.extensible:
            return False
        p = value
        while p is not NULL:
            if p is self:
                return False
            if not p.ordinary_get_prototype_of:
                break
            p = p.proto
        self.proto = value
        return True

    # 10.1.3 [[IsExtensible]] ( )
    def IsExtensible(self) -> bool:  # noqa: N802
        return self.extensible

    # 10.1.4 [[PreventExtensions]] ( )
    def PreventExtensions(self) -> bool:  # noqa: N802
        self.extensible = False
        return True

    # 10.1.5 [[GetOwnProperty]] ( P )
    def GetOwnProperty(self, key):  # noqa: N802
        """10.1.5.1 OrdinaryGetOwnProperty: a fresh PropertyDescriptor or None."""
        v = self.own_slot(key)
        if v is MISSING:
            return None
        flags = self.own_flags(key)
        if v.__class__ is Accessor:
            if is_lazy_data(v):
                materialize(self, v)
                return self.GetOwnProperty(key)
            if is_computed_data(v):
                return PropertyDescriptor(v.get.Call(self, []), False, None, None,
                                          bool(flags & E), bool(flags & C))
            return PropertyDescriptor(None, None, v.get, v.set, bool(flags & E), bool(flags & C))
        return PropertyDescriptor(v, bool(flags & W), None, None, bool(flags & E), bool(flags & C))

    # 10.1.6 [[DefineOwnProperty]] ( P, Desc )
    def DefineOwnProperty(self, key, desc: PropertyDescriptor) -> bool:  # noqa: N802
        return ordinary_define_own_property(self, key, desc)

    # 10.1.7 [[HasProperty]] ( P )
    def HasProperty(self, key) -> bool:  # noqa: N802
        # 10.1.7.1 OrdinaryHasProperty
        o = self
        while True:
            if o.plain_props:
                if key in o.props:
                    return True
            elif o.own_slot(key) is not MISSING:
                return True
            o = o.proto
            if o is NULL:
                return False
            if not o.ordinary_get_set:
                return o.HasProperty(key)

    # 10.1.8 [[Get]] ( P, Receiver )
    def Get(self, key, receiver):  # noqa: N802
        # 10.1.8.1 OrdinaryGet, as a loop over the prototype chain (one dict lookup per level)
        o = self
        plain_key = None
        while True:
            if o.plain_props:
                v = o.props.get(key, MISSING)
            elif o.index_exotic:
                if plain_key is None:
                    plain_key = key.__class__ is not str or not (key[:1].isdigit()
                                                                 or key == "length")
                v = o.props.get(key, MISSING) if plain_key else o.own_slot(key)
            else:
                v = o.own_slot(key)
            if v is not MISSING:
                if v.__class__ is Accessor:
                    getter = v.get
                    if getter is UNDEFINED:
                        return UNDEFINED
                    return getter.Call(receiver, [])
                return v
            o = o.proto
            if o is NULL:
                return UNDEFINED
            if not o.ordinary_get_set:
                return o.Get(key, receiver)

    # 10.1.9 [[Set]] ( P, V, Receiver )
    def Set(self, key, value, receiver) -> bool:  # noqa: N802
        # Fast paths (equivalent to 10.1.9.2 when no exotic object or accessor is involved):
        # an existing own default-attribute data property, or a new property on an
        # extensible object whose prototype chain is plain and lacks the key.
        if receiver is self and self.plain_props:
            props = self.props
            if key in props:
                fl = self.flags
                # a writable data property (accessors never carry the W bit)
                if fl is None or fl.get(key, WEC) & W:
                    props[key] = value
                    return True
            elif self.extensible:
                p = self.proto
                while p is not NULL:
                    if not p.plain_props or not p.ordinary_get_set or key in p.props:
                        return ordinary_set(self, key, value, receiver)
                    p = p.proto
                props[key] = value
                return True
        return ordinary_set(self, key, value, receiver)

    # 10.1.10 [[Delete]] ( P )
    def Delete(self, key) -> bool:  # noqa: N802
        # 10.1.10.1 OrdinaryDelete
        props = self.props
        if key not in props:
            return True
        fl = self.flags
        if fl is not None and key in fl:
            if not fl[key] & C:
                return False
            del fl[key]
        del props[key]
        return True

    # 10.1.11 [[OwnPropertyKeys]] ( )
    def OwnPropertyKeys(self) -> list:  # noqa: N802
        return ordinary_own_property_keys(self.props)


class ImmutablePrototypeObject(JSObject):
    """10.4.7 Immutable Prototype Exotic Objects (%Object.prototype%)."""
    __slots__ = ()

    # 10.4.7.1 [[SetPrototypeOf]] ( V )
    def SetPrototypeOf(self, value) -> bool:  # noqa: N802
        return value is self.proto


# 10.1.11.1 OrdinaryOwnPropertyKeys ( O )
def ordinary_own_property_keys(props) -> list:
    indices = None
    strings = []
    symbols = None
    for k in props:
        if k.__class__ is str:
            if k[:1].isdigit() and array_index(k) >= 0:
                if indices is None:
                    indices = []
                indices.append(k)
            else:
                strings.append(k)
        else:
            if symbols is None:
                symbols = []
            symbols.append(k)
    if indices is not None:
        indices.sort(key=int)
        strings = indices + strings
    if symbols is not None:
        strings.extend(symbols)
    return strings


# 10.1.8.1 OrdinaryGet ( O, P, Receiver ): JSObject.Get is the implementation
ordinary_get = JSObject.Get


# 10.1.9.2 OrdinarySetWithOwnDescriptor ( O, P, V, Receiver, ownDesc )
def ordinary_set(obj, key, value, receiver) -> bool:
    o = obj
    while True:
        if o.plain_props:
            v = o.props.get(key, MISSING)
            if v is not MISSING:
                fl = o.flags
                flags = WEC if fl is None else fl.get(key, WEC)
                break
        else:
            v = o.own_slot(key)
            if v is not MISSING:
                flags = o.own_flags(key)
                break
        p = o.proto
        if p is NULL:
            flags = WEC  # 2.a: treat as a writable, enumerable, configurable data property
            break
        if not p.ordinary_get_set:
            return p.Set(key, value, receiver)
        o = p
    if v.__class__ is Accessor:
        # 3-7: accessor: call the setter with the receiver
        setter = v.set
        if setter is UNDEFINED:
            return False
        setter.Call(receiver, [value])
        return True
    # 2. data descriptor
    if not flags & W:
        return False
    if not isinstance(receiver, JSObject):
        return False
    if receiver.plain_props and receiver.ordinary_get_set:
        rprops = receiver.props
        cur = rprops.get(key, MISSING)
        if cur is MISSING:
            if not receiver.extensible:
                return False
            rprops[key] = value
            return True
        if cur.__class__ is Accessor:
            return False
        fl = receiver.flags
        if fl is not None and key in fl and not fl[key] & W:
            return False
        rprops[key] = value
        return True
    existing = receiver.GetOwnProperty(key)
    if existing is not None:
        if existing.is_accessor():
            return False
        if not existing.writable:
            return False
        return receiver.DefineOwnProperty(key, PropertyDescriptor(value=value))
    # 7.3.5 CreateDataProperty
    return receiver.DefineOwnProperty(key, PropertyDescriptor(value, True, None, None, True, True))


# 10.1.6.1 OrdinaryDefineOwnProperty ( O, P, Desc ) + 10.1.6.3 ValidateAndApplyPropertyDescriptor
def is_lazy_data(slot) -> bool:
    """Whether the Accessor ``slot`` is a lazy data property (V8's error `stack`,
    runtime/error_stack.py): JS only ever sees the data property its getter turns it into."""
    # Only built-in functions have a ``behavior``; only the lazy getters mark it.
    return getattr(getattr(slot.get, "behavior", None), "materializes", False)


def is_computed_data(slot) -> bool:
    """Whether the Accessor ``slot`` is a computed read-only data property (the legacy
    `arguments`/`caller` of sloppy functions, builtins/function.py): JS sees a non-writable
    data property whose value the getter computes at each read."""
    return getattr(getattr(slot.get, "behavior", None), "computed_data", False)


def materialize(obj, slot) -> None:
    """Turn the lazy data property ``slot`` of ``obj`` into the data property it stands for."""
    slot.get.Call(obj, [])


def ordinary_define_own_property(obj, key, desc: PropertyDescriptor) -> bool:
    props = obj.props
    cur = props.get(key, MISSING)
    if cur.__class__ is Accessor:
        # Defining over a lazy or computed data property validates against the data property
        # (a computed one is non-configurable and non-writable: only its current value is
        # accepted, which then stays).
        if is_lazy_data(cur):
            materialize(obj, cur)
            cur = props.get(key, MISSING)
        elif is_computed_data(cur):
            cur = cur.get.Call(obj, [])
    if cur is MISSING:
        # 2. current is undefined
        if not obj.extensible:
            return False
        if desc.get is not None or desc.set is not None:
            obj.define_own_accessor(
                key, UNDEFINED if desc.get is None else desc.get,
                UNDEFINED if desc.set is None else desc.set,
                (E if desc.enumerable else 0) | (C if desc.configurable else 0))
        else:
            obj.define_own_value(key, UNDEFINED if desc.value is None else desc.value,
                                 desc.flags())
        return True
    fl = obj.flags
    cur_flags = WEC if fl is None else fl.get(key, WEC)
    return _validate_and_apply(obj, key, desc, cur, cur_flags)


def _validate_and_apply(obj, key, desc, cur, cur_flags) -> bool:
    """10.1.6.3 steps 3-6 for an existing property stored as (cur, cur_flags) in obj.props."""
    is_acc = cur.__class__ is Accessor
    desc_is_acc = desc.get is not None or desc.set is not None
    desc_is_data = desc.value is not None or desc.writable is not None
    # 3. If Desc does not have any fields, return true.
    # 4. If current.[[Configurable]] is false, then
    if not cur_flags & C:
        if desc.configurable:
            return False
        if desc.enumerable is not None and desc.enumerable != bool(cur_flags & E):
            return False
        if (desc_is_acc or desc_is_data) and desc_is_acc != is_acc:
            return False
        if is_acc:
            if desc.get is not None and desc.get is not cur.get:
                return False
            if desc.set is not None and desc.set is not cur.set:
                return False
        elif not cur_flags & W:
            if desc.writable:
                return False
            if desc.value is not None and not SameValue(desc.value, cur):
                return False
    # 5. Apply.
    enumerable = cur_flags & E if desc.enumerable is None else (E if desc.enumerable else 0)
    configurable = cur_flags & C if desc.configurable is None else (C if desc.configurable else 0)
    if is_acc and desc_is_data:
        obj.define_own_value(key, UNDEFINED if desc.value is None else desc.value,
                             (W if desc.writable else 0) | enumerable | configurable)
    elif not is_acc and desc_is_acc:
        obj.define_own_accessor(key, UNDEFINED if desc.get is None else desc.get,
                                UNDEFINED if desc.set is None else desc.set,
                                enumerable | configurable)
    elif is_acc:
        obj.define_own_accessor(key, cur.get if desc.get is None else desc.get,
                                cur.set if desc.set is None else desc.set,
                                enumerable | configurable)
    else:
        writable = cur_flags & W if desc.writable is None else (W if desc.writable else 0)
        obj.define_own_value(key, cur if desc.value is None else desc.value,
                             writable | enumerable | configurable)
    return True


# 10.1.6.2 IsCompatiblePropertyDescriptor ( Extensible, Desc, Current )
def is_compatible_property_descriptor(extensible: bool, desc: PropertyDescriptor,
                                      current: PropertyDescriptor | None) -> bool:
    """ValidateAndApplyPropertyDescriptor(undefined, "", Extensible, Desc, Current) on
    descriptor records (used by Proxy invariants and exotic objects)."""
    if current is None:
        return extensible
    if not current.configurable:
        if desc.configurable:
            return False
        if desc.enumerable is not None and desc.enumerable != bool(current.enumerable):
            return False
        if not desc.is_generic() and desc.is_accessor() != current.is_accessor():
            return False
        if current.is_accessor():
            if desc.get is not None and desc.get is not current.get:
                return False
            if desc.set is not None and desc.set is not current.set:
                return False
        elif not current.writable:
            if desc.writable:
                return False
            if desc.value is not None and not SameValue(desc.value, current.value):
                return False
    return True


def describe_thrown(value) -> str:
    """Short text of a thrown value for diagnostics ("TypeError: msg"), without running JS."""
    if isinstance(value, JSObject):
        o = value
        name = message = None
        while o is not NULL and o is not None and (name is None or message is None):
            if o.plain_props:
                if name is None:
                    n = o.props.get("name")
                    name = n if n.__class__ is str else None
                if message is None:
                    m = o.props.get("message")
                    message = m if m.__class__ is str else None
            o = o.proto
        if name is None:
            name = value.class_name
        return f"{name}: {message}" if message else name
    if isinstance(value, JSSymbol):
        return value.descriptive_string()
    return repr(value) if value.__class__ is not str else value
