"""Variable: one binding known at compile time, and where it lives (V8 Variable).

Scope analysis gives every Variable exactly one ``VariableLocation`` and ``index`` (allocator.py);
the generator, the interpreter and the scope views only read that record.
"""
from __future__ import annotations

import enum


class VariableMode(enum.Enum):
    VAR = "var"                      # var, function declarations at function level, params
    LET = "let"                      # let, class declarations, block-level functions
    CONST = "const"                  # const, the class name inside its class
    FUNCTION_NAME = "function_name"  # a named function expression's own name (immutable)
    PRIVATE_NAME = "private_name"    # #x of a class
    TEMPORARY = "temporary"          # compiler-internal (.this_function, class field keys ...)
    DYNAMIC = "dynamic"              # not statically resolved: global or looked up by name


LEXICAL_MODES = frozenset({VariableMode.LET, VariableMode.CONST})
IMMUTABLE_MODES = frozenset({VariableMode.CONST, VariableMode.FUNCTION_NAME})


class VariableKind(enum.Enum):
    NORMAL = "normal"
    FUNCTION = "function"                  # a function declaration's binding
    SLOPPY_BLOCK_FUNCTION = "sloppy_block_function"   # Annex B.3.3 var binding
    CLASS = "class"
    PARAMETER = "parameter"
    CATCH_PARAMETER = "catch_parameter"
    THIS = "this"
    NEW_TARGET = "new_target"
    ARGUMENTS = "arguments"
    THIS_FUNCTION = "this_function"        # the active function (home object, super())
    MODULE_IMPORT = "module_import"


# PARAMETER indices of the frame's special registers (bytecode/registers.py lays them out).
RECEIVER_INDEX = -1
NEW_TARGET_INDEX = -2
CLOSURE_INDEX = -3


class VariableLocation(enum.Enum):
    UNALLOCATED = "UNALLOCATED"   # global: global object property or script-scope lexical
    PARAMETER = "PARAMETER"       # a parameter register (index: a_i, or -1 this, -2 new.target, -3 closure)
    LOCAL = "LOCAL"               # a frame register r_index
    CONTEXT = "CONTEXT"           # slot index of its scope's context
    LOOKUP = "LOOKUP"             # by name at run time (with / sloppy direct eval)
    MODULE = "MODULE"             # a module binding (index: constant for ModuleBinding)


class InitializationFlag(enum.Enum):
    NEEDS_INITIALIZATION = "needs_initialization"   # starts as the hole (TDZ)
    CREATED_INITIALIZED = "created_initialized"     # starts as undefined


class Variable:
    __slots__ = ("name", "mode", "kind", "scope", "location", "index", "is_used",
                 "maybe_assigned", "forced_context", "initializer_position", "needs_hole_init",
                 "module_binding", "declaration_position")

    def __init__(self, name, mode, kind, scope, initializer_position=0):
        self.name = name
        self.mode = mode
        self.kind = kind
        self.scope = scope
        self.location = None          # VariableLocation once allocated
        self.index = -1
        self.is_used = False
        self.maybe_assigned = False
        self.forced_context = False   # captured by an inner closure, or named by with/eval lookups
        # Code-unit offset where initialization is complete: references of the same closure at
        # or after it need no TDZ check.
        self.initializer_position = initializer_position
        self.needs_hole_init = False  # some reference needs a hole check
        self.module_binding = None
        self.declaration_position = initializer_position

    @property
    def initialization_flag(self) -> InitializationFlag:
        if self.mode in LEXICAL_MODES or self.mode is VariableMode.PRIVATE_NAME:
            return InitializationFlag.NEEDS_INITIALIZATION
        return InitializationFlag.CREATED_INITIALIZED

    @property
    def is_lexical(self) -> bool:
        return self.mode in LEXICAL_MODES

    @property
    def is_immutable(self) -> bool:
        return self.mode in IMMUTABLE_MODES

    def location_text(self) -> str:
        """As --print-scopes shows it: ``LOCAL r0``, ``CONTEXT[2]``, ``PARAMETER a0``."""
        loc = self.location
        if loc is None:
            return "UNALLOCATED?"
        if loc is VariableLocation.LOCAL:
            return f"LOCAL r{self.index}"
        if loc is VariableLocation.PARAMETER:
            special = {-1: "<this>", -2: "<new.target>", -3: "<closure>"}
            return f"PARAMETER {special.get(self.index, f'a{self.index}')}"
        if loc is VariableLocation.CONTEXT:
            return f"CONTEXT[{self.index}]"
        return loc.value

    def __repr__(self):
        return f"<Variable {self.name} {self.mode.value} {self.location_text()}>"


class ModuleBinding:
    """Where a MODULE variable lives: a local cell (``module_request`` None) of this module, or
    the export ``import_name`` (None: the namespace) of the module ``module_request``."""
    __slots__ = ("name", "module_request", "import_name")

    def __init__(self, name, module_request=None, import_name=None):
        self.name = name
        self.module_request = module_request
        self.import_name = import_name

    def __repr__(self):
        return f"ModuleBinding({self.name})"
