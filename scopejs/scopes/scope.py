"""Scope and DeclarationScope: the compile-time scope tree (V8 Scope / DeclarationScope).

A Scope holds the Variables declared in it (``variables``, in declaration order).  A
DeclarationScope is a closure boundary or a var scope: script, module, eval and every function
(arrows included, and the synthetic class field/static initializer functions).  ``outer`` links
to the enclosing scope; ``inner`` lists the children (lazy inner functions appear as stub
DeclarationScopes built from their PreparseData).
"""
from __future__ import annotations

import enum

from scopejs.scopes.variable import Variable, VariableKind, VariableMode


class ScopeType(enum.Enum):
    SCRIPT = "script"
    MODULE = "module"
    FUNCTION = "function"
    EVAL = "eval"
    BLOCK = "block"
    CATCH = "catch"
    CLASS = "class"
    WITH = "with"


class Scope:
    __slots__ = ("scope_type", "outer", "inner", "variables", "node", "is_strict",
                 "calls_eval", "calls_sloppy_eval", "inner_scope_calls_eval", "context_locals",
                 "needs_context", "scope_info", "is_var_block", "is_switch_scope",
                 "is_loop_scope", "function_declarations", "annex_b_functions", "start", "end",
                 "private_names", "field_key_variables", "instance_initializer_scope",
                 "static_initializer_scope", "class_variable", "is_deserialized",
                 "__weakref__")

    is_declaration_scope = False

    def __init__(self, scope_type, outer, node=None):
        self.scope_type = scope_type
        self.outer = outer
        self.inner = []
        self.variables: dict[str, Variable] = {}
        self.node = node
        self.is_strict = outer.is_strict if outer is not None else False
        self.calls_eval = False              # a direct eval call in this very scope
        self.calls_sloppy_eval = False       # ... in sloppy code (declaration scopes only)
        self.inner_scope_calls_eval = False  # this scope or a descendant has a direct eval
        self.context_locals: list[Variable] = []   # slot order
        self.needs_context = False
        self.scope_info = None
        self.is_var_block = False     # receives var declarations (function body with parameter
                                      # expressions, class static block)
        self.is_switch_scope = False
        self.is_loop_scope = False    # for (let ...) head scope: copied per iteration
        self.function_declarations = []   # hoisted to the start of this scope, in order
        self.annex_b_functions = []       # (FunctionDeclaration node, var-scope Variable)
        self.start = node.start if node is not None else 0
        self.end = node.end if node is not None else 0
        self.private_names = None         # class scopes: name -> (Variable, kinds set)
        self.field_key_variables = None   # class scopes: id(PropertyDefinition) -> Variable
        self.instance_initializer_scope = None
        self.static_initializer_scope = None
        self.class_variable = None        # class scopes: the inner name binding
        self.is_deserialized = False      # rebuilt from a ScopeInfo (eval's outer scopes)
        if outer is not None:
            outer.inner.append(self)

    # -- declaring ------------------------------------------------------------------------
    def declare(self, name, mode, kind=VariableKind.NORMAL, initializer_position=0) -> Variable:
        var = self.variables.get(name)
        if var is None:
            var = Variable(name, mode, kind, self, initializer_position)
            self.variables[name] = var
        return var

    def lookup_local(self, name):
        return self.variables.get(name)

    # -- navigation -----------------------------------------------------------------------
    @property
    def is_closure_scope(self) -> bool:
        """A scope whose code runs in a frame of its own (functions, script, module, eval)."""
        return self.is_declaration_scope

    def declaration_scope(self):
        scope = self
        while not scope.is_declaration_scope:
            scope = scope.outer
        return scope

    def var_scope(self):
        """Where `var` declarations of code in this scope go."""
        scope = self
        while not (scope.is_declaration_scope or scope.is_var_block):
            scope = scope.outer
        return scope

    def closure_scope(self):
        return self.declaration_scope()

    def script_scope(self):
        scope = self
        while scope.outer is not None:
            scope = scope.outer
        return scope

    def type_name(self) -> str:
        return self.scope_type.value

    def __repr__(self):
        return f"<Scope {self.scope_type.value} @{self.start}>"


class DeclarationScope(Scope):
    __slots__ = ("params", "receiver", "new_target_var", "arguments_var", "function_var",
                 "this_function_var", "has_simple_parameters", "has_parameter_expressions",
                 "is_arrow", "is_function", "function_kind", "num_locals", "num_parameters",
                 "is_lazy_stub", "body_scope", "uses_arguments_object", "is_class_initializer",
                 "is_class_constructor", "is_derived_constructor", "function_name",
                 "rest_parameter", "mapped_arguments", "dynamic_variables", "has_home_object",
                 "module_bindings", "uses_handlers")

    is_declaration_scope = True

    def __init__(self, scope_type, outer, node=None, *, is_arrow=False):
        super().__init__(scope_type, outer, node)
        self.params: list = []          # per formal position: the Variable (simple) or None
        self.receiver = None            # `this`
        self.new_target_var = None
        self.arguments_var = None
        self.function_var = None        # named function expression's own name
        self.this_function_var = None   # active function (super / home object)
        self.has_simple_parameters = True
        self.has_parameter_expressions = False
        self.is_arrow = is_arrow
        self.is_function = scope_type is ScopeType.FUNCTION
        self.function_kind = None
        self.num_locals = 0             # registers r0.. used by variables of this closure
        self.num_parameters = 0
        self.is_lazy_stub = False       # built from PreparseData; analysed fully on compile
        self.body_scope = None          # var-block scope of the body (parameter expressions)
        self.uses_arguments_object = False
        self.is_class_initializer = False
        self.is_class_constructor = False
        self.is_derived_constructor = False
        self.function_name = ""
        self.rest_parameter = None      # the RestElement node, if any
        self.mapped_arguments = False
        self.dynamic_variables: dict[str, Variable] = {}   # LOOKUP / global variables by name
        self.has_home_object = False
        self.module_bindings = None
        self.uses_handlers = False      # try / for-of / array destructuring in its own code

    def lookup_local(self, name):
        var = self.variables.get(name)
        if var is None and self.function_var is not None and self.function_var.name == name:
            return self.function_var
        return var

    @property
    def has_this_binding(self) -> bool:
        """Functions other than arrows, class initializers, script, module (and eval: no)."""
        return not self.is_arrow and self.scope_type is not ScopeType.EVAL

    def declare_receiver(self):
        if self.receiver is None:
            self.receiver = Variable("this", VariableMode.VAR, VariableKind.THIS, self)
            if self.is_derived_constructor:
                self.receiver.mode = VariableMode.LET     # the hole until super() returns
                self.receiver.maybe_assigned = True
        return self.receiver

    def declare_new_target(self):
        if self.new_target_var is None:
            self.new_target_var = Variable(".new.target", VariableMode.CONST,
                                           VariableKind.NEW_TARGET, self)
        return self.new_target_var

    def declare_this_function(self):
        if self.this_function_var is None:
            self.this_function_var = Variable(".this_function", VariableMode.CONST,
                                              VariableKind.THIS_FUNCTION, self)
        return self.this_function_var

    def declare_arguments(self):
        if self.arguments_var is None:
            var = self.variables.get("arguments")
            if var is None:
                var = self.declare("arguments", VariableMode.VAR, VariableKind.ARGUMENTS)
            self.arguments_var = var
            self.uses_arguments_object = True
        return self.arguments_var

    def special_variables(self):
        """The compiler-made variables, in allocation order (receiver first)."""
        out = []
        for var in (self.receiver, self.new_target_var, self.this_function_var):
            if var is not None:
                out.append(var)
        return out
