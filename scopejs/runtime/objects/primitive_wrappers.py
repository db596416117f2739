"""Wrapper objects for primitives (20.3 Boolean, 21.1 Number, 20.4 Symbol, 21.2 BigInt) and
Error instances (20.5: [[ErrorData]]). String objects are exotic: see string_exotic.py."""
from __future__ import annotations

from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import NULL

__all__ = ["JSBooleanObject", "JSNumberObject", "JSSymbolObject", "JSBigIntObject",
           "JSErrorObject"]


class JSBooleanObject(JSObject):
    __slots__ = ("boolean_data",)    # [[BooleanData]]
    class_name = "Boolean"
    builtin_tag = "Boolean"

    def __init__(self, proto=NULL, boolean_data: bool = False):
        JSObject.__init__(self, proto)
        self.boolean_data = boolean_data


class JSNumberObject(JSObject):
    __slots__ = ("number_data",)     # [[NumberData]]
    class_name = "Number"
    builtin_tag = "Number"

    def __init__(self, proto=NULL, number_data: float = 0.0):
        JSObject.__init__(self, proto)
        self.number_data = number_data


class JSSymbolObject(JSObject):
    __slots__ = ("symbol_data",)     # [[SymbolData]]
    class_name = "Symbol"

    def __init__(self, proto=NULL, symbol_data=None):
        JSObject.__init__(self, proto)
        self.symbol_data = symbol_data


class JSBigIntObject(JSObject):
    __slots__ = ("bigint_data",)     # [[BigIntData]]
    class_name = "BigInt"

    def __init__(self, proto=NULL, bigint_data=None):
        JSObject.__init__(self, proto)
        self.bigint_data = bigint_data


class JSErrorObject(JSObject):
    """An object with [[ErrorData]]. ``error_data`` holds host data: the interpreter may keep
    structured frames here (``stack`` itself is an own data property, like V8's)."""
    __slots__ = ("error_data",)
    class_name = "Error"
    builtin_tag = "Error"

    def __init__(self, proto=NULL):
        JSObject.__init__(self, proto)
        self.error_data = None
