"""20.4 Symbol Objects."""
from __future__ import annotations

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import ToString, describe_for_error
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.primitive_wrappers import JSSymbolObject
from scopejs.runtime.property import C
from scopejs.runtime.values import UNDEFINED, WELL_KNOWN_SYMBOLS, JSSymbol

SYMBOL_PROTOTYPE = intrinsic("%Symbol.prototype%")
SYMBOL = constructor("%Symbol%", length=0, instance_prototype="%Symbol.prototype%")


@SYMBOL.behavior
def Symbol(realm, new_target, description):
    """20.4.1.1 Symbol ( [ description ] )"""
    if new_target is not UNDEFINED:
        throw_type_error("Symbol is not a constructor")
    return JSSymbol(UNDEFINED if description is UNDEFINED else ToString(description))


@SYMBOL.method("for", length=1)
def Symbol_for(realm, this, key):
    """20.4.2.2 Symbol.for ( key )"""
    string_key = ToString(key)
    registry = realm.agent.symbol_registry
    sym = registry.get(string_key)
    if sym is None:
        registry[string_key] = sym = JSSymbol(string_key)
    return sym


@SYMBOL.method("keyFor", length=1)
def Symbol_keyFor(realm, this, sym):
    """20.4.2.6 Symbol.keyFor ( sym )"""
    if sym.__class__ is not JSSymbol:
        throw_type_error(f"{describe_for_error(sym)} is not a symbol")
    for key, value in realm.agent.symbol_registry.items():
        if value is sym:
            return key
    return UNDEFINED


# 20.4.2.1 Symbol.asyncIterator ... 20.4.2.16 Symbol.unscopables (node order)
for _name in ("asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match",
              "matchAll", "replace", "search", "species", "split", "toPrimitive", "toStringTag",
              "unscopables", "dispose", "asyncDispose"):
    SYMBOL.value(_name, WELL_KNOWN_SYMBOLS["@@" + _name], writable=False, configurable=False)


# 20.4.3.4.1 ThisSymbolValue ( value )
def ThisSymbolValue(value, method: str) -> JSSymbol:
    if value.__class__ is JSSymbol:
        return value
    if isinstance(value, JSSymbolObject):
        return value.symbol_data
    throw_type_error(f"{method} requires that 'this' be a Symbol")


@SYMBOL_PROTOTYPE.method("toString", length=0)
def Symbol_prototype_toString(realm, this):
    """20.4.3.3 Symbol.prototype.toString ( )"""
    return ThisSymbolValue(this, "Symbol.prototype.toString").descriptive_string()


@SYMBOL_PROTOTYPE.method("valueOf", length=0)
def Symbol_prototype_valueOf(realm, this):
    """20.4.3.4 Symbol.prototype.valueOf ( )"""
    return ThisSymbolValue(this, "Symbol.prototype.valueOf")


@SYMBOL_PROTOTYPE.getter("description")
def get_Symbol_prototype_description(realm, this):
    """20.4.3.2 get Symbol.prototype.description"""
    return ThisSymbolValue(this, "Symbol.prototype.description").description


# 20.4.3.6 Symbol.prototype [ @@toStringTag ] (declared here for node's key order)
SYMBOL_PROTOTYPE.value("@@toStringTag", "Symbol", writable=False)


@SYMBOL_PROTOTYPE.method("@@toPrimitive", length=1, flags=C)
def Symbol_prototype_toPrimitive(realm, this, hint):
    """20.4.3.5 Symbol.prototype [ @@toPrimitive ] ( hint )"""
    return ThisSymbolValue(this, "Symbol.prototype [ @@toPrimitive ]")


