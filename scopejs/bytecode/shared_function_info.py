"""SharedFunctionInfo: what all closures of one function literal share (V8's SharedFunctionInfo).

Created by the enclosing function's compile (it sits in that BytecodeArray's constant pool and
CreateClosure takes it) with ``bytecode`` None; ``bytecode.compiler.compile_function(sfi)`` fills
``bytecode`` at the first call.  Top-level code (script, module, eval) gets one too.
"""
from __future__ import annotations

import enum


class _IdentityHashed(enum.Enum):
    """An Enum hashed by identity: its members are singletons compared by identity, so the
    identity hash agrees with ``==``; Enum's own ``__hash__`` (a Python-level method hashing the
    name) is measurable where these key a dict on every call (CreateClosure: make_closure)."""
    __hash__ = object.__hash__


class FunctionKind(_IdentityHashed):
    NORMAL = "normal"                          # function declarations / expressions
    ARROW = "arrow"
    ASYNC_ARROW = "async_arrow"
    METHOD = "method"                          # concise methods (object literal / class)
    GETTER = "getter"
    SETTER = "setter"
    GENERATOR = "generator"
    ASYNC = "async"
    ASYNC_GENERATOR = "async_generator"
    GENERATOR_METHOD = "generator_method"
    ASYNC_METHOD = "async_method"
    ASYNC_GENERATOR_METHOD = "async_generator_method"
    BASE_CONSTRUCTOR = "base_constructor"          # class constructor, no heritage
    DERIVED_CONSTRUCTOR = "derived_constructor"    # class constructor with extends
    DEFAULT_BASE_CONSTRUCTOR = "default_base_constructor"
    DEFAULT_DERIVED_CONSTRUCTOR = "default_derived_constructor"
    CLASS_FIELDS_INITIALIZER = "class_fields_initializer"    # instance fields + private methods
    CLASS_STATIC_INITIALIZER = "class_static_initializer"    # static fields and static blocks
    SCRIPT = "script"
    MODULE = "module"
    EVAL = "eval"


_ARROWS = frozenset({FunctionKind.ARROW, FunctionKind.ASYNC_ARROW})
_GENERATORS = frozenset({FunctionKind.GENERATOR, FunctionKind.ASYNC_GENERATOR,
                         FunctionKind.GENERATOR_METHOD, FunctionKind.ASYNC_GENERATOR_METHOD})
_ASYNC = frozenset({FunctionKind.ASYNC, FunctionKind.ASYNC_ARROW, FunctionKind.ASYNC_GENERATOR,
                    FunctionKind.ASYNC_METHOD, FunctionKind.ASYNC_GENERATOR_METHOD})
_CLASS_CONSTRUCTORS = frozenset({FunctionKind.BASE_CONSTRUCTOR, FunctionKind.DERIVED_CONSTRUCTOR,
                                 FunctionKind.DEFAULT_BASE_CONSTRUCTOR,
                                 FunctionKind.DEFAULT_DERIVED_CONSTRUCTOR})
_DERIVED = frozenset({FunctionKind.DERIVED_CONSTRUCTOR, FunctionKind.DEFAULT_DERIVED_CONSTRUCTOR})
_METHODS = frozenset({FunctionKind.METHOD, FunctionKind.GETTER, FunctionKind.SETTER,
                      FunctionKind.GENERATOR_METHOD, FunctionKind.ASYNC_METHOD,
                      FunctionKind.ASYNC_GENERATOR_METHOD, FunctionKind.CLASS_FIELDS_INITIALIZER,
                      FunctionKind.CLASS_STATIC_INITIALIZER})


class ThisMode(_IdentityHashed):
    """[[ThisMode]] (10.2): lexical for arrows, strict, or global (sloppy: undefined -> global)."""
    LEXICAL = "lexical"
    STRICT = "strict"
    GLOBAL = "global"


# A call with k arguments (k < EXACT_ARITIES) from direct code takes ``sfi.exact[k]`` when it is
# set: the tier's entry of a function with exactly k parameters, called with them one by one
# (tiering/direct.py).  NO_EXACT: no such entry.
EXACT_ARITIES = 4
NO_EXACT = (None,) * EXACT_ARITIES


class SharedFunctionInfo:
    __slots__ = (
        "name", "node", "kind", "is_strict", "this_mode", "formal_parameter_count", "length",
        "source", "source_start", "source_end", "scope_info", "bytecode", "needs_home_object",
        "uses_arguments", "has_simple_parameters", "is_anonymous_expression", "class_node",
        "function_literal_id", "is_async", "is_generator", "is_arrow", "is_constructor",
        "is_class_constructor", "is_derived_constructor", "script_name", "direct", "exact",
        "closure_shape", "__weakref__",
    )

    def __init__(self, name, node, kind, *, is_strict, formal_parameter_count=0, length=0,
                 source=None, source_start=0, source_end=0, needs_home_object=False,
                 uses_arguments=False, has_simple_parameters=True, class_node=None,
                 script_name=None):
        self.name = name                    # "" for anonymous functions
        self.node = node                    # the function node (None for default constructors)
        self.kind = kind
        self.is_strict = is_strict
        self.is_arrow = kind in _ARROWS
        self.is_generator = kind in _GENERATORS
        self.is_async = kind in _ASYNC
        self.is_class_constructor = kind in _CLASS_CONSTRUCTORS
        self.is_derived_constructor = kind in _DERIVED
        # [[Construct]]: plain functions and class constructors only (10.2.5 MakeConstructor).
        self.is_constructor = kind is FunctionKind.NORMAL or self.is_class_constructor
        self.this_mode = (ThisMode.LEXICAL if self.is_arrow else
                          ThisMode.STRICT if is_strict else ThisMode.GLOBAL)
        self.formal_parameter_count = formal_parameter_count
        self.length = length                # ExpectedArgumentCount
        self.source = source                # SourceText of the script/module
        self.source_start = source_start    # [[SourceText]] range (code units)
        self.source_end = source_end
        self.scope_info = None              # ScopeInfo of the function scope (after compile)
        self.bytecode = None                # BytecodeArray, filled by compile_function
        self.needs_home_object = needs_home_object
        self.uses_arguments = uses_arguments
        self.has_simple_parameters = has_simple_parameters
        self.is_anonymous_expression = False
        self.class_node = class_node        # class constructors: the class node ([[SourceText]])
        self.function_literal_id = 0
        self.script_name = script_name
        self.direct = None                  # the tier's direct form while optimized (tiering)
        self.exact = NO_EXACT               # its exact-arity entry, by argument count (above)
        self.closure_shape = None           # what CreateClosure derives from it (make_closure)

    @property
    def is_method(self) -> bool:
        return self.kind in _METHODS

    def source_text(self) -> str:
        """[[SourceText]] for Function.prototype.toString."""
        if self.source is None:
            return ""
        return self.source.text[self.source_start:self.source_end]

    def __repr__(self):
        return f"<SharedFunctionInfo {self.name or '(anonymous)'}>"
