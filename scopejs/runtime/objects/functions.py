"""10.3 Built-in Function Objects, and the callable base class shared by every function.

``JSFunctionBase`` is what IsCallable tests for. Subclasses implement ``Call(this, args)`` and,
when ``is_constructor`` is true, ``Construct(args, new_target)``. ``args`` is always a Python
list of JS values. ECMAScript (bytecode) functions subclass it in ecmascript_function.py.
"""
from __future__ import annotations

import inspect
import types

from scopejs.errors import EngineInternalError
from scopejs.runtime.completion import throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import C
from scopejs.runtime.values import NULL, UNDEFINED, JSSymbol

__all__ = ["JSFunctionBase", "BuiltinFunction", "BuiltinConstructor", "CreateBuiltinFunction",
           "builtin_arity", "function_name_of_key"]


class JSFunctionBase(JSObject):
    """A function object: has [[Call]]; has [[Construct]] iff ``is_constructor``.
    ``realm`` is [[Realm]]."""

    __slots__ = ("realm", "is_constructor")

    typeof_tag = "function"
    class_name = "Function"
    builtin_tag = "Function"

    def __init__(self, proto=NULL, realm=None, is_constructor: bool = False):
        JSObject.__init__(self, proto)
        self.realm = realm
        self.is_constructor = is_constructor

    def Call(self, this, args: list):  # noqa: N802
        raise EngineInternalError(f"{self.__class__.__name__} does not implement [[Call]]")

    def Construct(self, args: list, new_target):  # noqa: N802
        throw_type_error(f"{self.debug_name() or 'anonymous'} is not a constructor")

    def caller(self):
        """A Python callable ``(this, args) -> value`` that is this function's [[Call]], for
        code that calls it many times (a built-in's callback: a sort comparator, a map
        function).  Subclasses whose [[Call]] forwards give the callable it forwards to."""
        return self.Call

    def positional_caller(self, this, argc: int, number: bool = False):
        """A Python callable ``(a1, ..., a_argc) -> value`` that is [[Call]](this function,
        ``this``, [a1, ..., a_argc]) -- with ``number``, ToNumber of it (a comparator's
        result) -- for code that calls it many times with ``argc`` arguments (a sort
        comparator); the tier's exact-arity entry when it has one."""
        call = self.caller()
        if number:
            from scopejs.runtime.abstract_ops.type_conversion import ToNumber
            return lambda *args: ToNumber(call(this, list(args)))
        return lambda *args: call(this, list(args))

    def source_text(self) -> str | None:
        """[[SourceText]] for Function.prototype.toString; None for built-ins."""
        return None

    def to_string_text(self) -> str:
        """What Function.prototype.toString gives (20.2.3.5): the [[SourceText]], else the
        NativeFunction form V8 prints."""
        text = self.source_text()
        return text if text is not None else f"function {self.debug_name()}() {{ [native code] }}"

    def debug_name(self) -> str:
        """The own "name" data property if it is a string, else '' (never runs JS)."""
        n = self.props.get("name")
        return n if n.__class__ is str else ""


class BuiltinFunction(JSFunctionBase):
    """10.3 A built-in function whose behaviour is a Python callable
    ``behavior(realm, this, *args)``; missing args are filled with UNDEFINED, extra args are
    dropped unless the callable takes ``*args``. A None result means undefined."""

    __slots__ = ("behavior", "nparams", "varargs")

    def __init__(self, realm, behavior, nparams: int, varargs: bool, proto=None,
                 is_constructor: bool = False):
        JSFunctionBase.__init__(
            self, realm.function_prototype if proto is None else proto, realm, is_constructor)
        self.behavior = behavior
        self.nparams = nparams
        self.varargs = varargs

    # 10.3.1 [[Call]] ( thisArgument, argumentsList )
    def Call(self, this, args):  # noqa: N802
        n = self.nparams
        la = len(args)
        if la != n:
            if la < n:
                args = [*args, *((UNDEFINED,) * (n - la))]
            elif not self.varargs:
                args = args[:n]
        realm = self.realm
        agent = realm.agent
        if agent.current_realm is realm:
            r = self.behavior(realm, this, *args)
        else:
            # 10.3.1 steps 4-6: the callee context's Realm is F.[[Realm]] (errors thrown by
            # the built-in belong to its own realm)
            previous = agent.current_realm
            agent.current_realm = realm
            try:
                r = self.behavior(realm, this, *args)
            finally:
                agent.current_realm = previous
        return UNDEFINED if r is None else r


class BuiltinConstructor(BuiltinFunction):
    """A built-in constructor: ``behavior(realm, new_target, *args)`` serves both [[Call]]
    (new_target is UNDEFINED) and [[Construct]] (10.3.2)."""

    __slots__ = ()

    def __init__(self, realm, behavior, nparams, varargs, proto=None):
        BuiltinFunction.__init__(self, realm, behavior, nparams, varargs, proto, True)

    def Call(self, this, args):  # noqa: N802
        return BuiltinFunction.Call(self, UNDEFINED, args)

    # 10.3.2 [[Construct]] ( argumentsList, newTarget )
    def Construct(self, args, new_target):  # noqa: N802
        return BuiltinFunction.Call(self, new_target, args)


# Keyed by the behaviour's code object, never by the behaviour: many behaviours are Python
# closures over JS values (a promise's resolve function, Proxy.revocable's revoke), and a
# process-wide table holding them would keep every such JS object alive (issue 6/8). A code
# object holds no JS value, so the table stays bounded by the engine's own source.
_ARITY_CACHE: dict = {}


def builtin_arity(behavior) -> tuple[int, bool]:
    """(number of JS parameters after (realm, this), takes *args?) of a Python behaviour."""
    if behavior.__class__ is not types.FunctionType:   # bound methods, partials: not cached
        return _arity_of_signature(behavior)
    code = behavior.__code__
    cached = _ARITY_CACHE.get(code)
    if cached is None:
        _ARITY_CACHE[code] = cached = _arity_of_signature(behavior)
    return cached


def _arity_of_signature(behavior) -> tuple[int, bool]:
    params = list(inspect.signature(behavior).parameters.values())[2:]
    n = sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
    varargs = any(p.kind is p.VAR_POSITIONAL for p in params)
    return n, varargs




def function_name_of_key(key, prefix: str | None = None) -> str:
    """10.2.9 SetFunctionName's name computation: symbols become "[description]"."""
    if isinstance(key, JSSymbol):
        name = "" if key.description is UNDEFINED else f"[{key.description}]"
    else:
        name = key
    return f"{prefix} {name}" if prefix else name


# 10.3.4 CreateBuiltinFunction ( behaviour, length, name, additionalInternalSlotsList
#        [ , realm [ , prototype [ , prefix ] ] ] )
def CreateBuiltinFunction(behavior, length, name, realm, prototype=None,  # noqa: N802
                          prefix: str | None = None, constructor: bool = False,
                          cls=None):
    """Create a built-in function object. ``behavior(realm, this, *args)`` (or
    ``(realm, new_target, *args)`` when ``constructor``); ``name`` may be a symbol key;
    ``cls`` lets a caller pick a BuiltinFunction subclass that carries extra slots."""
    nparams, varargs = builtin_arity(behavior)
    if cls is None:
        cls = BuiltinConstructor if constructor else BuiltinFunction
    fn = cls(realm, behavior, nparams, varargs, prototype)
    fn.define_own_value("length", float(length), C)
    fn.define_own_value("name", function_name_of_key(name, prefix), C)
    return fn
