"""6.2.6 The Property Descriptor Specification Type, and the compact attribute encoding.

``PropertyDescriptor`` fields are JS values or ``None`` meaning *absent* (JS values are never
Python None). Inside objects, attributes are bit flags: WRITABLE | ENUMERABLE | CONFIGURABLE.
"""
from __future__ import annotations

from scopejs.runtime.values import UNDEFINED

__all__ = ["PropertyDescriptor", "Accessor", "WRITABLE", "ENUMERABLE", "CONFIGURABLE",
           "WEC", "WC", "EC", "NONE", "C", "W", "E"]

WRITABLE = W = 1
ENUMERABLE = E = 2
CONFIGURABLE = C = 4
WEC = 7          # default for properties created by assignment / CreateDataProperty
WC = 5           # default for built-in methods and data properties (declare.py)
EC = 6
NONE = 0


class Accessor:
    """An accessor property's pair as stored in an object's ``props`` dict.

    ``get``/``set`` are function objects or UNDEFINED. Never a JS value itself, so
    ``value.__class__ is Accessor`` tells an accessor from a data property.
    """
    __slots__ = ("get", "set")

    def __init__(self, get=UNDEFINED, set=UNDEFINED):  # noqa: A002
        self.get = get
        self.set = set

    def __repr__(self) -> str:
        return f"Accessor(get={self.get!r}, set={self.set!r})"


# What the templates' ``props.get`` lookups return for an absent key: an Accessor that no
# ``props`` ever holds, so that one class test sends an absent key and an accessor alike to
# [[Get]] (interpreter/bytecodes.py GetNamedProperty, GetKeyedProperty).
NOT_DATA = Accessor()


class PropertyDescriptor:
    """6.2.6 Property Descriptor; a field that is None is absent."""
    __slots__ = ("value", "writable", "get", "set", "enumerable", "configurable")

    def __init__(self, value=None, writable=None, get=None, set=None,  # noqa: A002
                 enumerable=None, configurable=None):
        self.value = value
        self.writable = writable
        self.get = get
        self.set = set
        self.enumerable = enumerable
        self.configurable = configurable

    @classmethod
    def data(cls, value, flags: int = WEC) -> "PropertyDescriptor":
        """A complete data descriptor from attribute flags."""
        return cls(value, bool(flags & W), None, None, bool(flags & E), bool(flags & C))

    @classmethod
    def accessor(cls, get, set, flags: int = EC) -> "PropertyDescriptor":  # noqa: A002
        return cls(None, None, get, set, bool(flags & E), bool(flags & C))

    # 6.2.6.1 IsAccessorDescriptor ( Desc )
    def is_accessor(self) -> bool:
        return self.get is not None or self.set is not None

    # 6.2.6.2 IsDataDescriptor ( Desc )
    def is_data(self) -> bool:
        return self.value is not None or self.writable is not None

    # 6.2.6.3 IsGenericDescriptor ( Desc )
    def is_generic(self) -> bool:
        return not self.is_accessor() and not self.is_data()

    def flags(self) -> int:
        """Attribute bits of a complete descriptor (absent fields count as false)."""
        return ((W if self.writable else 0) | (E if self.enumerable else 0)
                | (C if self.configurable else 0))

    # 6.2.6.6 CompletePropertyDescriptor ( Desc )
    def complete(self) -> "PropertyDescriptor":
        if self.is_generic() or self.is_data():
            if self.value is None:
                self.value = UNDEFINED
            if self.writable is None:
                self.writable = False
        else:
            if self.get is None:
                self.get = UNDEFINED
            if self.set is None:
                self.set = UNDEFINED
        if self.enumerable is None:
            self.enumerable = False
        if self.configurable is None:
            self.configurable = False
        return self

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__
                           if getattr(self, n) is not None)
        return f"PropertyDescriptor({fields})"
