"""Static-semantics early errors that need bookkeeping across the parse: declarations per scope.

The parser keeps a stack of ``ParseScope`` records (acorn's scope stack, V8's Scope while
parsing): the names declared in each scope (var / lexical / function), so that every
"has already been declared" early error of the spec is found while parsing (8.2 Scope
Analysis; 14.2.1, 15.2.1, 16.1.1 Static Semantics: Early Errors), and the identifiers referenced
in it, so that the free names of a (pre)parsed function are known when it ends (V8 preparser).

Also here: reserved-word checks for identifiers and binding targets (13.1.1, 13.15.1).
"""
from __future__ import annotations

from scopejs.syntax.tokens import KEYWORDS, STRICT_RESERVED

# Scope flags (acorn's names).
SCOPE_TOP = 1
SCOPE_FUNCTION = 2
SCOPE_ASYNC = 4
SCOPE_GENERATOR = 8
SCOPE_ARROW = 16
SCOPE_SIMPLE_CATCH = 32
SCOPE_SUPER = 64
SCOPE_DIRECT_SUPER = 128
SCOPE_CLASS_STATIC_BLOCK = 256
SCOPE_CLASS_FIELD_INIT = 512
SCOPE_VAR = SCOPE_TOP | SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK
SCOPE_VAR_LIKE = SCOPE_VAR | SCOPE_CLASS_FIELD_INIT
# Nesting deeper than this (statements, expressions) is a RangeError, like V8's stack overflow.
MAX_NESTING = 1500

SCOPE_CLASS = 1024          # the class scope binding the class name (not in acorn)
SCOPE_EVAL_NEW_TARGET = 2048  # top scope of eval code called from a function (PerformEval inFunction)

# Binding kinds.
BIND_NONE = 0
BIND_VAR = 1
BIND_LEXICAL = 2
BIND_FUNCTION = 3
BIND_SIMPLE_CATCH = 4
BIND_OUTSIDE = 5

# Identifiers that need a reserved-word check (everything else is fast-pathed).
SPECIAL_IDENTIFIERS = frozenset({"yield", "await", "arguments", "eval", "enum", "let", "static",
                                 "implements", "interface", "package", "private", "protected",
                                 "public"}) | KEYWORDS


def function_flags(is_async: bool, is_generator: bool) -> int:
    return SCOPE_FUNCTION | (SCOPE_ASYNC if is_async else 0) | (SCOPE_GENERATOR if is_generator else 0)


class ParseScope:
    """One scope while parsing: declared names, referenced names, and function-level facts."""

    __slots__ = ("flags", "var", "lexical", "functions", "refs", "self_name",
                 "uses_this", "uses_new_target", "uses_super_property", "has_super_call",
                 "calls_eval", "inner_calls_eval", "uses_arguments", "free",
                 "parameter_refs_end", "parameter_names")

    def __init__(self, flags: int):
        self.flags = flags
        self.var = set()
        self.lexical = set()
        self.functions = set()
        self.refs = []
        self.self_name = None
        self.uses_this = False
        self.uses_new_target = False
        self.uses_super_property = False
        self.has_super_call = False
        self.calls_eval = False
        self.inner_calls_eval = False
        self.uses_arguments = False
        self.free = None
        # A function with parameter expressions: refs[:parameter_refs_end] were made in its
        # parameter list, where only the parameters are in scope (10.2.11 steps 20-28: the
        # body's var and lexical declarations live in environments the parameters cannot see).
        self.parameter_refs_end = 0
        self.parameter_names = None


class ScopeTracker:
    """Mixin: the scope stack and the declaration / reserved-word early errors."""

    # -- scope stack -----------------------------------------------------------------------------
    def enter_scope(self, flags: int) -> ParseScope:
        scope = ParseScope(flags)
        self.scope_stack.append(scope)
        self.scope = scope
        return scope

    def exit_scope(self) -> ParseScope:
        stack = self.scope_stack
        scope = stack.pop()
        parent = stack[-1] if stack else None
        self.scope = parent
        flags = scope.flags
        refs = scope.refs
        if refs:
            declared_var = scope.var
            declared_lex = scope.lexical
            declared_fn = scope.functions
            split = scope.parameter_refs_end
            free = {name for name in (refs[split:] if split else refs)
                    if name not in declared_var and name not in declared_lex
                    and name not in declared_fn}
            if split:
                parameters = scope.parameter_names
                free.update(name for name in refs[:split] if name not in parameters)
            if scope.self_name is not None:
                free.discard(scope.self_name)
        else:
            free = set()
        if flags & SCOPE_FUNCTION and not flags & SCOPE_ARROW:
            if "arguments" in free:
                free.discard("arguments")
                scope.uses_arguments = True
        if flags & (SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT):
            scope.free = free
            if parent is not None:
                fn = self.current_function_scope()
                if fn is not None:
                    if scope.calls_eval or scope.inner_calls_eval:
                        fn.inner_calls_eval = True
                    if flags & SCOPE_ARROW:
                        fn.uses_this |= scope.uses_this
                        fn.uses_new_target |= scope.uses_new_target
                        fn.uses_super_property |= scope.uses_super_property
                        fn.has_super_call |= scope.has_super_call
        if parent is not None and free:
            parent.refs.extend(free)
        return scope

    def current_function_scope(self):
        """The innermost function-like scope (function, arrow, static block, field initializer)."""
        for scope in reversed(self.scope_stack):
            if scope.flags & (SCOPE_FUNCTION | SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT):
                return scope
        return self.scope_stack[0]

    def current_var_scope(self) -> ParseScope:
        for scope in reversed(self.scope_stack):
            if scope.flags & SCOPE_VAR_LIKE:
                return scope
        return self.scope_stack[0]

    def current_this_scope(self) -> ParseScope:
        for scope in reversed(self.scope_stack):
            if scope.flags & SCOPE_VAR_LIKE and not scope.flags & SCOPE_ARROW:
                return scope
        return self.scope_stack[0]

    @property
    def in_function(self) -> bool:
        return bool(self.current_var_scope().flags & SCOPE_FUNCTION)

    @property
    def in_generator(self) -> bool:
        flags = self.current_var_scope().flags
        return bool(flags & SCOPE_GENERATOR) and not flags & SCOPE_CLASS_FIELD_INIT

    @property
    def in_async(self) -> bool:
        flags = self.current_var_scope().flags
        return bool(flags & SCOPE_ASYNC) and not flags & SCOPE_CLASS_FIELD_INIT

    @property
    def can_await(self) -> bool:
        for scope in reversed(self.scope_stack):
            flags = scope.flags
            if flags & (SCOPE_CLASS_FIELD_INIT | SCOPE_CLASS_STATIC_BLOCK):
                return False
            if flags & SCOPE_FUNCTION:
                return bool(flags & SCOPE_ASYNC)
        return self.in_module

    @property
    def allow_super(self) -> bool:
        return bool(self.current_this_scope().flags & SCOPE_SUPER)

    @property
    def allow_direct_super(self) -> bool:
        return bool(self.current_this_scope().flags & SCOPE_DIRECT_SUPER)

    @property
    def allow_new_target(self) -> bool:
        for scope in reversed(self.scope_stack):
            flags = scope.flags
            if flags & (SCOPE_CLASS_STATIC_BLOCK | SCOPE_CLASS_FIELD_INIT | SCOPE_EVAL_NEW_TARGET) or (
                    flags & SCOPE_FUNCTION and not flags & SCOPE_ARROW):
                return True
        return False

    @property
    def in_class_static_block(self) -> bool:
        return bool(self.current_var_scope().flags & SCOPE_CLASS_STATIC_BLOCK)

    def treat_functions_as_var_in(self, scope: ParseScope) -> bool:
        return bool(scope.flags & SCOPE_FUNCTION or (not self.in_module and scope.flags & SCOPE_TOP))

    # -- declarations ----------------------------------------------------------------------------
    # 8.2.1 Static Semantics: BoundNames / LexicallyDeclaredNames / VarDeclaredNames and the
    # "has already been declared" early errors of blocks, function bodies, scripts and modules.
    def declare_name(self, name: str, binding: int, pos: int) -> None:
        redeclared = False
        scope = self.scope
        if binding == BIND_LEXICAL:
            redeclared = name in scope.lexical or name in scope.functions or name in scope.var
            scope.lexical.add(name)
            if self.in_module and scope.flags & SCOPE_TOP:
                self.undefined_exports.pop(name, None)
        elif binding == BIND_SIMPLE_CATCH:
            scope.lexical.add(name)
            scope.self_name = name   # the catch parameter (Annex B.3.4 allows var redeclaring it)
        elif binding == BIND_FUNCTION:
            if self.treat_functions_as_var_in(scope):
                redeclared = name in scope.lexical
            else:
                redeclared = name in scope.lexical or name in scope.var
            scope.functions.add(name)
        else:
            for scope in reversed(self.scope_stack):
                if (name in scope.lexical and not (scope.flags & SCOPE_SIMPLE_CATCH
                                                   and scope.self_name == name)) or (
                        not self.treat_functions_as_var_in(scope) and name in scope.functions):
                    redeclared = True
                    break
                scope.var.add(name)
                if self.in_module and scope.flags & SCOPE_TOP:
                    self.undefined_exports.pop(name, None)
                if scope.flags & SCOPE_VAR:
                    break
        if redeclared:
            self.raise_at(pos, f"Identifier '{name}' has already been declared")

    # -- reserved words --------------------------------------------------------------------------
    def check_unreserved(self, start: int, name: str, escaped: bool = False) -> None:
        """13.1.1 Static Semantics: Early Errors for IdentifierReference / BindingIdentifier."""
        if name == "yield":
            if self.in_generator:
                self.raise_at(start, "Unexpected identifier 'yield'")
            if self.strict:
                self.raise_at(start, "Unexpected strict mode reserved word")
            return
        if name == "await":
            if self.in_async:
                self.raise_at(start, "Unexpected reserved word")
            if self.in_class_static_block:
                self.raise_at(start, "Cannot use await in class static initialization block")
            if self.in_module:
                self.raise_at(start, "Unexpected reserved word")
            if not self.await_ident_pos:
                self.await_ident_pos = start
            return
        if name == "arguments":
            scope = self.current_this_scope()
            if scope.flags & SCOPE_CLASS_FIELD_INIT:
                self.raise_at(start, "'arguments' is not allowed in class field initializer or static initialization block")
            if scope.flags & SCOPE_CLASS_STATIC_BLOCK:
                self.raise_at(start, "'arguments' is not allowed in class field initializer or static initialization block")
            return
        if name in KEYWORDS:
            if escaped:
                self.raise_at(start, "Keyword must not contain escaped characters")
            self.raise_at(start, f"Unexpected token '{name}'")
        if name == "enum":
            self.raise_at(start, "Unexpected reserved word")
        if self.strict and name in STRICT_RESERVED:
            self.raise_at(start, "Unexpected strict mode reserved word")
