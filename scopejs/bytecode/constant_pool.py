"""Constant pool with dedup, and the descriptions the generator puts into it.

Numbers are Python floats, Strings str (UTF-16 code units); every other entry is one of the small
classes below or a SharedFunctionInfo / ScopeInfo.  Numbers dedup by value *and* sign (so -0 and
0 stay distinct); descriptions and SFIs by identity.
"""
from __future__ import annotations

import math

from scopejs.scopes.variable import ModuleBinding  # noqa: F401  (a constant kind)


class BigIntLiteral:
    """A BigInt literal's value (the interpreter turns it into a JSBigInt once)."""
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value

    def __repr__(self):
        return f"{self.value}n"


class ObjectBoilerplate:
    """Keys (str) of an object literal's leading static properties, in order, with constant
    values (float/str/bool) or None for values defined by later instructions."""
    __slots__ = ("properties",)

    def __init__(self, properties):
        self.properties = tuple(properties)

    def __repr__(self):
        return "ObjectBoilerplate(" + ", ".join(k for k, _ in self.properties) + ")"


ARRAY_HOLE = None   # an elision in an ArrayBoilerplate


class ArrayBoilerplate:
    """Elements of an array literal made only of constants (float/str/bool) and elisions
    (``ARRAY_HOLE``)."""
    __slots__ = ("elements",)

    def __init__(self, elements):
        self.elements = tuple(elements)

    def __repr__(self):
        return f"ArrayBoilerplate(length={len(self.elements)})"


class TemplateObjectDescription:
    """Raw and cooked strings of one tagged-template site (cooked None = invalid escape)."""
    __slots__ = ("raw", "cooked", "cache")

    def __init__(self, raw, cooked):
        self.raw = tuple(raw)
        self.cooked = tuple(cooked)
        self.cache = None   # interpreter: realm -> template object (13.2.8.4 [[TemplateMap]])

    def __repr__(self):
        return f"TemplateObjectDescription({len(self.raw)} strings)"


class JumpTable:
    """Targets of SwitchOnSmiNoFeedback: ``targets[v - base]`` (patched when labels bind)."""
    __slots__ = ("base", "targets")

    def __init__(self, base, targets):
        self.base = base
        self.targets = targets

    def __repr__(self):
        return f"JumpTable(base={self.base}, targets={self.targets})"


class GlobalDeclarations:
    """Input of DeclareGlobals (16.1.7 GlobalDeclarationInstantiation)."""
    __slots__ = ("var_names", "function_names", "lexical_names", "const_names")

    def __init__(self, var_names, function_names, lexical_names, const_names):
        self.var_names = tuple(var_names)            # var-declared names (not functions)
        self.function_names = tuple(function_names)  # functionsToInitialize, in order
        self.lexical_names = tuple(lexical_names)    # let / const / class
        self.const_names = frozenset(const_names)    # the immutable ones among them

    def __repr__(self):
        return (f"GlobalDeclarations(vars={list(self.var_names)}, "
                f"functions={list(self.function_names)}, lexicals={list(self.lexical_names)})")


class EvalDeclarations:
    """Input of DeclareEvalVars (19.2.1.3 EvalDeclarationInstantiation, sloppy direct eval)."""
    __slots__ = ("var_names", "function_names")

    def __init__(self, var_names, function_names):
        self.var_names = tuple(var_names)
        self.function_names = tuple(function_names)

    def __repr__(self):
        return f"EvalDeclarations(vars={list(self.var_names)}, functions={list(self.function_names)})"


class ConstantPool:
    __slots__ = ("entries", "_index")

    def __init__(self):
        self.entries = []
        self._index = {}

    def add(self, value) -> int:
        if isinstance(value, float):
            key = ("n", value, math.copysign(1.0, value)) if value == value else ("nan",)
        elif isinstance(value, str):
            key = ("s", value)
        else:
            key = ("o", id(value))
        index = self._index.get(key)
        if index is None:
            index = len(self.entries)
            self.entries.append(value)
            self._index[key] = index
        return index

    def add_unique(self, value) -> int:
        """A new entry, never shared (e.g. a JumpTable patched later)."""
        self.entries.append(value)
        return len(self.entries) - 1
