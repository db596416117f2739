"""10.2 ECMAScript Function Objects (V8 JSFunction): a SharedFunctionInfo plus a context.

``environment`` is [[Environment]]: the Context current when CreateClosure ran (None for the
script scope when nothing was captured there).  The code ([[ECMAScriptCode]],
[[FormalParameters]]) is the SharedFunctionInfo shared by every closure of the same function
literal; its bytecode is compiled at the first call (lazy compilation).

[[Call]] and [[Construct]] go through the evaluator hook installed on the agent (the
interpreter), because runtime/ never imports scopejs.interpreter; the interpreter's call
handlers skip these methods and push a frame on its own stack directly.
"""
from __future__ import annotations

from functools import partial

from scopejs.runtime.objects.functions import JSFunctionBase
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import W, WC, Accessor
from scopejs.runtime.values import UNDEFINED

__all__ = ["ECMAScriptFunction", "THIS_LEXICAL", "THIS_STRICT", "THIS_GLOBAL",
           "CONSTRUCTOR_BASE", "CONSTRUCTOR_DERIVED"]

# [[ThisMode]]
THIS_LEXICAL = 0
THIS_STRICT = 1
THIS_GLOBAL = 2
# [[ConstructorKind]]
CONSTRUCTOR_BASE = "base"
CONSTRUCTOR_DERIVED = "derived"

# kind -> %intrinsic% of the instance prototype a lazily materialised "prototype" gets; filled
# in by interpreter.calls_support (runtime/ never imports the bytecode package).  NORMAL maps to
# None: an ordinary object with a "constructor" back link.
LAZY_PROTOTYPE_OF_KIND: dict = {}


class ECMAScriptFunction(JSFunctionBase):
    """10.2 An ECMAScript function object (OrdinaryFunctionCreate, 10.2.3)."""

    __slots__ = (
        "sfi",                        # SharedFunctionInfo: [[ECMAScriptCode]], [[FormalParameters]]
        "environment",                # [[Environment]] (a Context or None)
        "private_environment",        # [[PrivateEnvironment]]
        "this_mode",                  # [[ThisMode]]: THIS_LEXICAL / THIS_STRICT / THIS_GLOBAL
        "strict",                     # [[Strict]]
        "home_object",                # [[HomeObject]] (UNDEFINED when none)
        "fields",                     # [[Fields]]: list of ClassFieldDefinition
        "private_methods",            # [[PrivateMethods]]
        "class_field_initializer_name",  # [[ClassFieldInitializerName]]
        "is_class_constructor",       # [[IsClassConstructor]]
        "constructor_kind",           # [[ConstructorKind]]: "base" / "derived"
        "kind",                       # the SFI's function kind (normal, generator, async, ...)
        "extra",                      # free slot for the interpreter (e.g. class brand)
        "_props", "_flags",           # storage of the ``props``/``flags`` properties (lazy)
    )

    class_name = "Function"

    def __init__(self, proto, realm, sfi, environment, this_mode, strict, kind,
                 is_constructor=False, lazy=False):
        # JSFunctionBase.__init__ inlined: with ``lazy`` _props/_flags stay unset (own
        # properties are materialised on first use, see _materialise).
        self.proto = proto
        self.extensible = True
        if not lazy:
            self._props = {}
            self._flags = None
        self.realm = realm
        self.is_constructor = is_constructor
        self.sfi = sfi
        self.environment = environment
        self.private_environment = None
        self.this_mode = this_mode
        self.strict = strict
        self.home_object = UNDEFINED
        self.fields = None
        self.private_methods = None
        self.class_field_initializer_name = None
        self.is_class_constructor = False
        self.constructor_kind = CONSTRUCTOR_BASE
        self.kind = kind
        self.extra = None

    # -- lazy own properties (V8: AccessorInfo for length/name/prototype) ---------------------
    #
    # ``props``/``flags`` are properties here, shadowing JSObject's slots (which stay unset on
    # functions; the data lives in ``_props``/``_flags``).  A closure made by CreateClosure
    # (interpreter.calls_support.make_closure, lazy=True) starts with ``_props``/``_flags``
    # *unset*: its own "length", "name" and "prototype" (and the prototype object itself) are
    # created only when something first reads or writes ``props`` or ``flags``.  Every access --
    # the plain_props fast paths included -- goes through these two properties, so nothing can
    # observe an unmaterialised function: the first access builds exactly what CreateClosure
    # built eagerly before (same values, attributes and key order: length, name, prototype).

    def _materialise(self):
        """Create the own properties CreateClosure defines (10.2.9, 10.2.10, 10.2.5)."""
        sfi = self.sfi
        props = {"length": float(sfi.length), "name": sfi.name or ""}
        flags = {"length": 4, "name": 4}          # configurable only
        kind = self.kind
        if kind in LAZY_PROTOTYPE_OF_KIND:
            realm = self.realm
            name = LAZY_PROTOTYPE_OF_KIND[kind]
            if name is None and not self.strict:
                # a sloppy ordinary function: V8's legacy own `arguments` and `caller`
                # (builtins/function.py), between name and prototype as node lists them
                intrinsics = realm.intrinsics
                props["arguments"] = Accessor(intrinsics["%LegacyFunctionArguments%"], UNDEFINED)
                props["caller"] = Accessor(intrinsics["%LegacyFunctionCaller%"], UNDEFINED)
                flags["arguments"] = flags["caller"] = 0
            if name is None:
                prototype = JSObject(realm.object_prototype)
                prototype.props["constructor"] = self
                prototype.flags = {"constructor": WC}
            else:
                prototype = JSObject(realm.intrinsics.get(name, realm.object_prototype))
            props["prototype"] = prototype
            flags["prototype"] = W
        self._props = props
        self._flags = flags
        return props

    def _get_props(self):
        try:
            return self._props
        except AttributeError:
            return self._materialise()

    def _set_props(self, value):
        try:
            self._flags
        except AttributeError:
            self._flags = None
        self._props = value

    def _get_flags(self):
        try:
            return self._flags
        except AttributeError:
            self._materialise()
            return self._flags

    def _set_flags(self, value):
        try:
            self._props
        except AttributeError:
            self._materialise()
        self._flags = value

    # These shadow JSObject's props/flags slots (which stay unset on ECMAScriptFunction).
    props = property(_get_props, _set_props)
    flags = property(_get_flags, _set_flags)

    def is_materialised(self) -> bool:
        """True once the own properties exist (for tests and debugging)."""
        try:
            self._props
            return True
        except AttributeError:
            return False

    # 10.2.1 [[Call]] ( thisArgument, argumentsList )
    def Call(self, this, args):  # noqa: N802
        return self.realm.agent.evaluator.call_function(self, this, args)

    def caller(self):
        # (the evaluator's [[Call]] bound to this function: one Python frame fewer per call)
        return partial(self.realm.agent.evaluator.call_function, self)

    def positional_caller(self, this, argc, number=False):
        return self.realm.agent.evaluator.function_caller(self, this, argc, number)

    # 10.2.2 [[Construct]] ( argumentsList, newTarget )
    def Construct(self, args, new_target):  # noqa: N802
        return self.realm.agent.evaluator.construct_function(self, args, new_target)

    def source_text(self):
        """[[SourceText]]: the exact source slice of the function (Function.prototype.toString)."""
        sfi = self.sfi
        text = getattr(sfi, "source_text", None)
        if callable(text):
            return text()
        return text

    def __repr__(self) -> str:
        return f"<ECMAScriptFunction {getattr(self.sfi, 'name', '') or '(anonymous)'}>"


def is_derived_constructor(fn) -> bool:
    return fn.__class__ is ECMAScriptFunction and fn.constructor_kind == CONSTRUCTOR_DERIVED


