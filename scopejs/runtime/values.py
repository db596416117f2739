"""6.1 ECMAScript language types: the Python representation of every JavaScript value.

| JS type   | Python                                                             |
|-----------|--------------------------------------------------------------------|
| Undefined | ``UNDEFINED`` (singleton, falsy)                                   |
| Null      | ``NULL`` (singleton, falsy)                                        |
| Boolean   | ``bool``                                                           |
| Number    | ``float`` ONLY (never ``int``; -0.0, nan, inf per IEEE-754)        |
| String    | ``str`` of UTF-16 code units (astral chars as surrogate pairs)     |
| BigInt    | ``JSBigInt`` (wraps a Python ``int``; immutable, hashable)         |
| Symbol    | ``JSSymbol`` (identity; ``description`` is ``str`` or UNDEFINED)   |
| Object    | ``scopejs.runtime.objects.ordinary.JSObject`` and subclasses       |

``HOLE`` is the TDZ sentinel (V8's "the hole"); it never escapes as a JS value.
``EMPTY`` marks an array hole in a dense element list.
"""
from __future__ import annotations

import sys

# JS BigInts and numeric strings have no digit limit: lift CPython's int<->str guard (3.11+),
# otherwise BigInt("1".repeat(5000)) would raise a Python ValueError.
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

__all__ = [
    "UNDEFINED", "NULL", "HOLE", "EMPTY", "JSBigInt", "JSSymbol", "type_of", "Type",
    "WELL_KNOWN_SYMBOLS", "SYMBOL_ITERATOR", "SYMBOL_ASYNC_ITERATOR", "SYMBOL_HAS_INSTANCE",
    "SYMBOL_IS_CONCAT_SPREADABLE", "SYMBOL_MATCH", "SYMBOL_MATCH_ALL", "SYMBOL_REPLACE",
    "SYMBOL_SEARCH", "SYMBOL_SPECIES", "SYMBOL_SPLIT", "SYMBOL_TO_PRIMITIVE",
    "SYMBOL_TO_STRING_TAG", "SYMBOL_UNSCOPABLES", "SYMBOL_DISPOSE", "SYMBOL_ASYNC_DISPOSE",
    "is_object", "SameValue",
]


class _Undefined:
    """6.1.1 The Undefined Type: its only value."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "undefined"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self):
        return "UNDEFINED"


class _Null:
    """6.1.2 The Null Type: its only value."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "null"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self):
        return "NULL"


class _Hole:
    """The TDZ sentinel (V8 "the hole"): an uninitialized let/const/class binding."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "<hole>"

    def __bool__(self) -> bool:
        return False


class _Empty:
    """An array hole inside a dense element list (not a property)."""
    __slots__ = ()

    def __repr__(self) -> str:
        return "<empty>"

    def __bool__(self) -> bool:
        return False


UNDEFINED = _Undefined()
NULL = _Null()
HOLE = _Hole()
EMPTY = _Empty()


class JSBigInt:
    """6.1.6.2 The BigInt Type: an immutable wrapper of a Python int."""
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __eq__(self, other) -> bool:
        return other.__class__ is JSBigInt and other.value == self.value

    def __hash__(self) -> int:
        return hash(("bigint", self.value))

    def __repr__(self) -> str:
        return f"{self.value}n"


class JSSymbol:
    """6.1.5 The Symbol Type. Compared by identity; ``description`` is a str or UNDEFINED."""
    __slots__ = ("description", "ephemerons", "__weakref__")   # ephemerons: WeakMap values

    def __init__(self, description=UNDEFINED):
        self.description = description

    def __repr__(self) -> str:
        d = "" if self.description is UNDEFINED else self.description
        return f"Symbol({d})"

    def descriptive_string(self) -> str:
        """20.4.3.3.1 SymbolDescriptiveString ( sym )"""
        d = "" if self.description is UNDEFINED else self.description
        return f"Symbol({d})"


# 6.1.5.1 Well-Known Symbols
SYMBOL_ASYNC_ITERATOR = JSSymbol("Symbol.asyncIterator")
SYMBOL_HAS_INSTANCE = JSSymbol("Symbol.hasInstance")
SYMBOL_IS_CONCAT_SPREADABLE = JSSymbol("Symbol.isConcatSpreadable")
SYMBOL_ITERATOR = JSSymbol("Symbol.iterator")
SYMBOL_MATCH = JSSymbol("Symbol.match")
SYMBOL_MATCH_ALL = JSSymbol("Symbol.matchAll")
SYMBOL_REPLACE = JSSymbol("Symbol.replace")
SYMBOL_SEARCH = JSSymbol("Symbol.search")
SYMBOL_SPECIES = JSSymbol("Symbol.species")
SYMBOL_SPLIT = JSSymbol("Symbol.split")
SYMBOL_TO_PRIMITIVE = JSSymbol("Symbol.toPrimitive")
SYMBOL_TO_STRING_TAG = JSSymbol("Symbol.toStringTag")
SYMBOL_UNSCOPABLES = JSSymbol("Symbol.unscopables")
SYMBOL_DISPOSE = JSSymbol("Symbol.dispose")              # node 20 has these two
SYMBOL_ASYNC_DISPOSE = JSSymbol("Symbol.asyncDispose")

# "@@iterator" spelling (used by builtins/declare.py) -> symbol
WELL_KNOWN_SYMBOLS = {
    "@@asyncIterator": SYMBOL_ASYNC_ITERATOR,
    "@@hasInstance": SYMBOL_HAS_INSTANCE,
    "@@isConcatSpreadable": SYMBOL_IS_CONCAT_SPREADABLE,
    "@@iterator": SYMBOL_ITERATOR,
    "@@match": SYMBOL_MATCH,
    "@@matchAll": SYMBOL_MATCH_ALL,
    "@@replace": SYMBOL_REPLACE,
    "@@search": SYMBOL_SEARCH,
    "@@species": SYMBOL_SPECIES,
    "@@split": SYMBOL_SPLIT,
    "@@toPrimitive": SYMBOL_TO_PRIMITIVE,
    "@@toStringTag": SYMBOL_TO_STRING_TAG,
    "@@unscopables": SYMBOL_UNSCOPABLES,
    "@@dispose": SYMBOL_DISPOSE,
    "@@asyncDispose": SYMBOL_ASYNC_DISPOSE,
}

_TYPEOF_BY_CLASS = {
    str: "string", float: "number", bool: "boolean", JSSymbol: "symbol", JSBigInt: "bigint",
    _Undefined: "undefined", _Null: "object",
}
_TYPE_BY_CLASS = {
    str: "String", float: "Number", bool: "Boolean", JSSymbol: "Symbol", JSBigInt: "BigInt",
    _Undefined: "Undefined", _Null: "Null",
}


def type_of(value) -> str:
    """13.5.3 The typeof Operator (result string). Objects answer through ``typeof_tag``."""
    t = _TYPEOF_BY_CLASS.get(value.__class__)
    if t is not None:
        return t
    tag = getattr(value, "typeof_tag", None)
    if tag is not None:
        return tag
    if value.__class__ is int:
        return "number"  # defensive: ints must not exist, but never crash on one
    return "undefined"


def Type(value) -> str:  # noqa: N802
    """The spec's Type(x): 'Undefined', 'Null', 'Boolean', 'String', 'Symbol', 'Number',
    'BigInt' or 'Object'."""
    t = _TYPE_BY_CLASS.get(value.__class__)
    if t is not None:
        return t
    if getattr(value, "typeof_tag", None) is not None:
        return "Object"
    if value.__class__ is int:
        return "Number"
    return "Undefined"


def is_object(value) -> bool:
    """True for every JS object (anything with a ``typeof_tag``)."""
    return value.__class__ not in _TYPE_BY_CLASS and hasattr(value, "typeof_tag")


# 7.2.9 SameValue ( x, y ) -- defined here (the object model needs it); re-exported by
# abstract_ops/testing_comparison.py, its home clause.
def SameValue(x, y) -> bool:  # noqa: N802
    if x is y:
        return True
    if x.__class__ is float and y.__class__ is float:
        if x != x:
            return y != y
        if x == 0.0 and y == 0.0:
            return str(x)[0] == str(y)[0]  # distinguish -0.0 from +0.0
        return x == y
    if x.__class__ is str and y.__class__ is str:
        return x == y
    if x.__class__ is JSBigInt and y.__class__ is JSBigInt:
        return x.value == y.value
    if x.__class__ is bool and y.__class__ is bool:
        return x == y
    return False
