"""The declaration layer for built-ins (conventions.md F): tables of intrinsics, each entry next
to the Python function that implements it.

    MAP_PROTOTYPE = intrinsic("%Map.prototype%", prototype="%Object.prototype%",
                              to_string_tag="Map")

    @MAP_PROTOTYPE.method("get", length=1)
    def Map_prototype_get(realm, this, key): ...

    MAP = constructor("%Map%", length=0, instance_prototype="%Map.prototype%")
    @MAP.behavior
    def Map(realm, new_target, iterable): ...       # new_target is UNDEFINED for a call

Attribute defaults are written once, here: data properties and methods are writable,
non-enumerable, configurable (WC); accessors are non-enumerable, configurable; a function's
"length" and "name" are configurable only; a constructor's "prototype" has no attributes set;
"@@toStringTag" is configurable only. Keys spelled "@@iterator" mean the well-known symbol.

Declarations are collected in REGISTRY at import time; ``bootstrap.create_realm`` instantiates
every declaration for each new Realm (two phases, so declaration order never matters).
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError
from scopejs.runtime.property import C, WC
from scopejs.runtime.values import WELL_KNOWN_SYMBOLS, JSSymbol

__all__ = ["intrinsic", "constructor", "function", "IntrinsicDecl", "REGISTRY", "property_key"]

REGISTRY: dict[str, "IntrinsicDecl"] = {}


def property_key(key):
    """Declaration key -> property key ("@@iterator" -> Symbol.iterator)."""
    if isinstance(key, JSSymbol):
        return key
    if key.startswith("@@"):
        try:
            return WELL_KNOWN_SYMBOLS[key]
        except KeyError:
            raise EngineInternalError(f"unknown well-known symbol {key}") from None
    return key


class Entry:
    """One own property of an intrinsic, in declaration order."""
    __slots__ = ("kind", "key", "payload", "flags", "length", "fn_name", "intrinsic_name",
                 "setter", "early")

    def __init__(self, kind, key, payload, flags, length=0, fn_name=None, intrinsic_name=None):
        self.kind = kind            # 'method' | 'accessor' | 'value' | 'ref' | 'compute' | 'alias'
        self.key = key
        self.payload = payload
        self.flags = flags
        self.length = length
        self.fn_name = fn_name
        self.intrinsic_name = intrinsic_name
        self.setter = None          # for 'accessor': (behavior) of the setter
        self.early = False          # installed before constructor links (key order)


class IntrinsicDecl:
    """A declared intrinsic object: an ordinary object, a special object (``create``), a
    built-in function or a built-in constructor."""

    def __init__(self, name: str, kind: str, prototype, to_string_tag=None, create=None,
                 global_name=None, length=0, fn_name=None, instance_prototype=None,
                 behavior=None):
        if name in REGISTRY:
            raise EngineInternalError(f"intrinsic {name} declared twice")
        self.name = name
        self.kind = kind                  # 'object' | 'function' | 'constructor'
        self.prototype = prototype        # intrinsic name, or None for a null [[Prototype]]
        self.to_string_tag = to_string_tag
        self.create = create              # create(realm) -> JSObject (proto set afterwards)
        self.global_name = global_name
        self.length = length
        self.fn_name = fn_name
        self.instance_prototype = instance_prototype
        self.behavior_fn = behavior
        self.entries: list[Entry] = []
        self.finalizers: list = []        # fn(realm, obj) run after all properties exist
        self._keys: dict = {}
        REGISTRY[name] = self

    def _add(self, entry: Entry) -> Entry:
        if entry.key in self._keys and entry.kind != "accessor":
            raise EngineInternalError(f"{self.name}: property {entry.key!r} declared twice")
        self._keys[entry.key] = entry
        self.entries.append(entry)
        return entry

    # -- functions ----------------------------------------------------------------------------

    def behavior(self, fn):
        """Decorator: the Python behaviour of a declared function/constructor intrinsic."""
        if self.kind == "object":
            raise EngineInternalError(f"{self.name} is not a function intrinsic")
        self.behavior_fn = fn
        return fn

    def method(self, key, *, length: int, name: str | None = None, intrinsic: str | None = None,
               flags: int = WC):
        """Decorator: a built-in method ``fn(realm, this, *args)`` as own property ``key``.
        ``intrinsic`` also registers the function object under that name."""
        pkey = property_key(key)

        def register(fn):
            self._add(Entry("method", pkey, fn, flags, length, name, intrinsic))
            return fn
        return register

    def getter(self, key, *, name: str | None = None, flags: int = C, intrinsic=None):
        """Decorator: the get function of accessor ``key`` (named "get <key>")."""
        pkey = property_key(key)

        def register(fn):
            self._add(Entry("accessor", pkey, fn, flags, 0, name, intrinsic))
            return fn
        return register

    def setter(self, key):
        """Decorator: the set function of accessor ``key`` declared before with ``getter``."""
        pkey = property_key(key)

        def register(fn):
            entry = self._keys.get(pkey)
            if entry is None or entry.kind != "accessor":
                entry = self._add(Entry("accessor", pkey, None, C, 0))
            entry.setter = fn
            return fn
        return register

    # -- data ---------------------------------------------------------------------------------

    def value(self, key, value=None, *, ref: str | None = None, compute=None,
              writable: bool = True, enumerable: bool = False, configurable: bool = True,
              early: bool = False):
        """A data property: a constant ``value`` (a JS value), ``ref`` the named intrinsic, or
        ``compute(realm)`` evaluated at bootstrap. ``early`` installs it before "constructor"
        (for node's key order); a declared "constructor" replaces the linked one's attributes
        and keeps its place."""
        flags = (1 if writable else 0) | (2 if enumerable else 0) | (4 if configurable else 0)
        pkey = property_key(key)
        if ref is not None:
            entry = self._add(Entry("ref", pkey, ref, flags))
        elif compute is not None:
            entry = self._add(Entry("compute", pkey, compute, flags))
        else:
            if value is None or value.__class__ is int:
                raise EngineInternalError(f"{self.name}.{key}: declare JS values (float, not int)")
            entry = self._add(Entry("value", pkey, value, flags))
        entry.early = early
        return self

    def accessor_ref(self, key, getter: str | None, setter: str | None, *, flags: int = C,
                     early: bool = False):
        """An accessor whose get/set functions are named intrinsics (e.g. %ThrowTypeError%).
        ``early`` installs it before "constructor" (node's key order of Function.prototype)."""
        entry = self._add(Entry("accessor_ref", property_key(key), (getter, setter), flags))
        entry.early = early
        return self

    def finalize(self, fn):
        """Decorator: ``fn(realm, obj)`` runs once the intrinsic's properties are installed
        (for what no table entry expresses, e.g. making %ThrowTypeError% non-extensible)."""
        self.finalizers.append(fn)
        return fn

    def alias(self, key, existing_key):
        """Own property ``key`` holds the same value/function object as ``existing_key``."""
        self._add(Entry("alias", property_key(key), property_key(existing_key), WC))
        return self


def intrinsic(name: str, *, prototype: str | None = "%Object.prototype%",
              to_string_tag: str | None = None, create=None,
              global_name: str | None = None) -> IntrinsicDecl:
    """Declare an intrinsic object (a prototype, a namespace like %Math%)."""
    return IntrinsicDecl(name, "object", prototype, to_string_tag, create, global_name)


def constructor(name: str, *, length: int, instance_prototype: str | None,
                prototype: str | None = "%Function.prototype%", fn_name: str | None = None,
                global_name: str | None = "<name>", behavior=None) -> IntrinsicDecl:
    """Declare a built-in constructor ``%Name%`` (behaviour ``fn(realm, new_target, *args)``).
    Links ``Name.prototype`` (non-writable, non-enumerable, non-configurable) and
    ``Name.prototype.constructor`` (WC) to ``instance_prototype``; installs the global binding
    ``global_name`` (default: the function name; None for no global)."""
    fname = fn_name if fn_name is not None else name.strip("%")
    gname = fname if global_name == "<name>" else global_name
    return IntrinsicDecl(name, "constructor", prototype, None, None, gname, length, fname,
                         instance_prototype, behavior)


def function(name: str, *, length: int, fn_name: str | None = None,
             prototype: str | None = "%Function.prototype%",
             global_name: str | None = None, behavior=None) -> IntrinsicDecl:
    """Declare a standalone built-in function intrinsic (``%ThrowTypeError%``, ``%eval%``);
    behaviour ``fn(realm, this, *args)``."""
    fname = fn_name if fn_name is not None else name.strip("%").rsplit(".", 1)[-1]
    return IntrinsicDecl(name, "function", prototype, None, None, global_name, length, fname,
                         None, behavior)


