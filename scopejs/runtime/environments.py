"""9.1 Environment Records that are not heap Contexts: the Global Environment Record (9.1.1.4)
and Object Environment Records (9.1.1.2, ``with``), plus ``Context`` (V8's heap scope).

Function and block scopes are NOT environment records here: their variables live in frame
registers or in ``Context`` slots as scope analysis decided (design.md "Closures").
"""
from __future__ import annotations

from scopejs.runtime.completion import throw_reference_error, throw_type_error
from scopejs.runtime.objects.ordinary import MISSING, JSObject
from scopejs.runtime.property import WEC, WRITABLE, Accessor, PropertyDescriptor
from scopejs.runtime.values import HOLE, UNDEFINED, SYMBOL_UNSCOPABLES

__all__ = ["Context", "GlobalEnvironment", "ObjectEnvironment"]


class Context:
    """Heap scope (V8 Context): the Declarative Environment Record of context-allocated
    bindings (9.1.1.1). ``slots`` is a list, ``previous`` the outer Context or None,
    ``scope_info`` the ScopeInfo naming the slots."""

    __slots__ = ("scope_info", "previous", "slots", "__weakref__")

    def __init__(self, scope_info, previous, slots: list):
        self.scope_info = scope_info
        self.previous = previous
        self.slots = slots


def _tdz(name: str):
    throw_reference_error(f"Cannot access '{name}' before initialization")


class GlobalEnvironment:
    """9.1.1.4 Global Environment Records: [[ObjectRecord]] is ``global_object`` (its bindings
    are the global object's properties), [[DeclarativeRecord]] is ``lexical`` (script-scope
    let/const/class: name -> value, HOLE while in TDZ; ``immutable`` holds const names),
    [[GlobalThisValue]] is ``global_this``, [[VarNames]] is ``var_names``."""

    __slots__ = ("global_object", "global_this", "lexical", "immutable", "var_names")

    def __init__(self, global_object: JSObject, global_this: JSObject | None = None):
        self.global_object = global_object
        self.global_this = global_object if global_this is None else global_this
        self.lexical: dict = {}
        self.immutable: set = set()
        self.var_names: set = set()

    # -- fast paths for the interpreter (LdaGlobal / StaGlobal / typeof) -----------------------

    def get_global(self, name: str):
        """Value of the unqualified reference ``name`` at global scope: ReferenceError
        "x is not defined" when unresolvable, TDZ error while uninitialized."""
        v = self.lexical.get(name, MISSING)
        if v is not MISSING:
            if v is HOLE:
                _tdz(name)
            return v
        g = self.global_object
        if g.plain_props:
            v = g.props.get(name, MISSING)
            if v is not MISSING and v.__class__ is not Accessor:
                return v
        if not g.HasProperty(name):
            throw_reference_error(f"{name} is not defined")
        return g.Get(name, g)

    def typeof_global(self, name: str):
        """Like get_global but an unresolvable name gives UNDEFINED (for ``typeof x``)."""
        v = self.lexical.get(name, MISSING)
        if v is not MISSING:
            if v is HOLE:
                _tdz(name)
            return v
        g = self.global_object
        if not g.HasProperty(name):
            return UNDEFINED
        return g.Get(name, g)

    def set_global(self, name: str, value, strict: bool) -> None:
        """PutValue on the unqualified reference ``name`` at global scope (6.2.5.6)."""
        lexical = self.lexical
        if name in lexical:
            self.SetMutableBinding(name, value, strict)
            return
        g = self.global_object
        if g.plain_props:
            props = g.props
            if name in props:
                fl = g.flags
                if fl is None or fl.get(name, WEC) & WRITABLE:  # writable data property
                    props[name] = value
                    return
        if not g.HasProperty(name):
            if strict:
                throw_reference_error(f"{name} is not defined")
            # sloppy: 6.2.5.6 step 3.b: Set(globalObj, V, W, false)
            g.Set(name, value, g)
            return
        if not g.Set(name, value, g) and strict:
            throw_type_error(
                f"Cannot assign to read only property '{name}' of object '#<Object>'")

    # -- 9.1.1.4 methods -----------------------------------------------------------------------

    # 9.1.1.4.1 HasBinding ( N )
    def HasBinding(self, name) -> bool:  # noqa: N802
        return name in self.lexical or self.global_object.HasProperty(name)

    # 9.1.1.4.2 CreateMutableBinding ( N, D )
    def CreateMutableBinding(self, name, deletable: bool = False) -> None:  # noqa: N802
        if name in self.lexical:
            throw_type_error(f"Identifier '{name}' has already been declared")
        self.lexical[name] = HOLE

    # 9.1.1.4.3 CreateImmutableBinding ( N, S )
    def CreateImmutableBinding(self, name, strict: bool = True) -> None:  # noqa: N802
        if name in self.lexical:
            throw_type_error(f"Identifier '{name}' has already been declared")
        self.lexical[name] = HOLE
        self.immutable.add(name)

    # 9.1.1.4.4 InitializeBinding ( N, V )
    def InitializeBinding(self, name, value) -> None:  # noqa: N802
        if name in self.lexical:
            self.lexical[name] = value
            return
        # 9.1.1.2.4 (object record): SetMutableBinding(N, V, false)
        g = self.global_object
        g.Set(name, value, g)

    # 9.1.1.4.5 SetMutableBinding ( N, V, S )
    def SetMutableBinding(self, name, value, strict: bool) -> None:  # noqa: N802
        lexical = self.lexical
        if name in lexical:
            if lexical[name] is HOLE:
                _tdz(name)
            if name in self.immutable:
                throw_type_error("Assignment to constant variable.")
            lexical[name] = value
            return
        # 9.1.1.2.5 object record
        g = self.global_object
        if not g.HasProperty(name) and strict:
            throw_reference_error(f"{name} is not defined")
        if not g.Set(name, value, g) and strict:
            throw_type_error(
                f"Cannot assign to read only property '{name}' of object '#<Object>'")

    # 9.1.1.4.6 GetBindingValue ( N, S )
    def GetBindingValue(self, name, strict: bool):  # noqa: N802
        v = self.lexical.get(name, MISSING)
        if v is not MISSING:
            if v is HOLE:
                _tdz(name)
            return v
        g = self.global_object
        if not g.HasProperty(name):
            if strict:
                throw_reference_error(f"{name} is not defined")
            return UNDEFINED
        return g.Get(name, g)

    # 9.1.1.4.7 DeleteBinding ( N )
    def DeleteBinding(self, name) -> bool:  # noqa: N802
        if name in self.lexical:
            return False
        g = self.global_object
        if g.GetOwnProperty(name) is not None:
            status = g.Delete(name)
            if status:
                self.var_names.discard(name)
            return status
        return True

    # 9.1.1.4.8 HasThisBinding ( )
    def HasThisBinding(self) -> bool:  # noqa: N802
        return True

    # 9.1.1.4.11 GetThisBinding ( )
    def GetThisBinding(self):  # noqa: N802
        return self.global_this

    # HasVarDeclaration ( N ) -- ES2023 9.1.1.4.12; the pinned draft folds [[VarNames]] away
    def HasVarDeclaration(self, name) -> bool:  # noqa: N802
        return name in self.var_names

    # 9.1.1.4.12 HasLexicalDeclaration ( N )
    def HasLexicalDeclaration(self, name) -> bool:  # noqa: N802
        return name in self.lexical

    # 9.1.1.4.13 HasRestrictedGlobalProperty ( N )
    def HasRestrictedGlobalProperty(self, name) -> bool:  # noqa: N802
        desc = self.global_object.GetOwnProperty(name)
        if desc is None:
            return False
        return not desc.configurable

    # 9.1.1.4.14 CanDeclareGlobalVar ( N )
    def CanDeclareGlobalVar(self, name) -> bool:  # noqa: N802
        g = self.global_object
        if g.GetOwnProperty(name) is not None:
            return True
        return g.IsExtensible()

    # 9.1.1.4.15 CanDeclareGlobalFunction ( N )
    def CanDeclareGlobalFunction(self, name) -> bool:  # noqa: N802
        g = self.global_object
        existing = g.GetOwnProperty(name)
        if existing is None:
            return g.IsExtensible()
        if existing.configurable:
            return True
        return bool(existing.is_data() and existing.writable and existing.enumerable)

    # 9.1.1.4.16 CreateGlobalVarBinding ( N, D )
    def CreateGlobalVarBinding(self, name, deletable: bool = False) -> None:  # noqa: N802
        g = self.global_object
        if g.GetOwnProperty(name) is None and g.IsExtensible():
            # 9.1.1.2.2 CreateMutableBinding + InitializeBinding(N, undefined)
            if not g.DefineOwnProperty(name, PropertyDescriptor(UNDEFINED, True, None, None,
                                                                True, bool(deletable))):
                throw_type_error(f"Cannot redefine property: {name}")
        self.var_names.add(name)

    # 9.1.1.4.17 CreateGlobalFunctionBinding ( N, V, D )
    def CreateGlobalFunctionBinding(self, name, value, deletable: bool = False) -> None:  # noqa: N802
        g = self.global_object
        existing = g.GetOwnProperty(name)
        if existing is None or existing.configurable:
            desc = PropertyDescriptor(value, True, None, None, True, bool(deletable))
        else:
            desc = PropertyDescriptor(value=value)
        if not g.DefineOwnProperty(name, desc):
            throw_type_error(f"Cannot redefine property: {name}")
        g.Set(name, value, g)
        self.var_names.add(name)


class ObjectEnvironment:
    """9.1.1.2 Object Environment Records (used for ``with``): [[BindingObject]] is
    ``binding_object``, [[IsWithEnvironment]] is ``is_with``; ``outer`` is the enclosing
    environment/context as the interpreter chooses to represent it."""

    __slots__ = ("binding_object", "is_with", "outer")

    def __init__(self, binding_object: JSObject, is_with: bool = True, outer=None):
        self.binding_object = binding_object
        self.is_with = is_with
        self.outer = outer

    # 9.1.1.2.1 HasBinding ( N )
    def HasBinding(self, name) -> bool:  # noqa: N802
        obj = self.binding_object
        if not obj.HasProperty(name):
            return False
        if not self.is_with:
            return True
        unscopables = obj.Get(SYMBOL_UNSCOPABLES, obj)
        if isinstance(unscopables, JSObject):
            from scopejs.runtime.abstract_ops.type_conversion import ToBoolean
            if ToBoolean(unscopables.Get(name, unscopables)):
                return False
        return True

    # 9.1.1.2.5 SetMutableBinding ( N, V, S )
    def SetMutableBinding(self, name, value, strict: bool) -> None:  # noqa: N802
        obj = self.binding_object
        still_exists = obj.HasProperty(name)
        if not still_exists and strict:
            throw_reference_error(f"{name} is not defined")
        if not obj.Set(name, value, obj) and strict:
            throw_type_error(f"Cannot assign to read only property '{name}' of object")

    # 9.1.1.2.6 GetBindingValue ( N, S )
    def GetBindingValue(self, name, strict: bool):  # noqa: N802
        obj = self.binding_object
        if not obj.HasProperty(name):
            if strict:
                throw_reference_error(f"{name} is not defined")
            return UNDEFINED
        return obj.Get(name, obj)

    # 9.1.1.2.7 DeleteBinding ( N )
    def DeleteBinding(self, name) -> bool:  # noqa: N802
        return self.binding_object.Delete(name)

    # 9.1.1.2.10 WithBaseObject ( )
    def WithBaseObject(self):  # noqa: N802
        return self.binding_object if self.is_with else UNDEFINED
