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

from scopejs.runtime import execution
from scopejs.runtime.objects.functions import JSFunctionBase
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
    )

    class_name = "Function"

    def __init__(self, proto, realm, sfi, environment, this_mode, strict,
                 is_constructor=False):
        JSFunctionBase.__init__(self, proto, realm, is_constructor)
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
        self.kind = getattr(sfi, "kind", None)
        self.extra = None

    # 10.2.1 [[Call]] ( thisArgument, argumentsList )
    def Call(self, this, args):  # noqa: N802
        return execution.SURROUNDING.agent.evaluator.call_function(self, this, args)

    # 10.2.2 [[Construct]] ( argumentsList, newTarget )
    def Construct(self, args, new_target):  # noqa: N802
        return execution.SURROUNDING.agent.evaluator.construct_function(self, args, new_target)

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


