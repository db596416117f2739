"""The resolve pass: bind every recorded reference to its Variable (V8 Scope::ResolveVariable).

Marks ``is_used`` / ``maybe_assigned``; a reference from an inner closure forces the variable
into its scope's context; a reference that passes a ``with`` scope or leaves a declaration scope
that calls sloppy direct eval becomes a LOOKUP by name (and the variable it would statically
name is forced into the context, so the runtime lookup can find it by name).  Decides TDZ hole
checks per reference (``node.hole_check``).
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError
from scopejs.scopes.declarations import (REF_ARGUMENTS_FLAG, REF_NAME, REF_NEW_TARGET,
                                         REF_PRIVATE, REF_SUPER, REF_SUPER_CALL, REF_THIS)
from scopejs.scopes.scope import ScopeType
from scopejs.scopes.variable import Variable, VariableKind, VariableLocation, VariableMode

_GLOBAL_SCOPES = (ScopeType.SCRIPT,)


def _global_variable(script, name):
    var = script.dynamic_variables.get(name)
    if var is None:
        var = Variable(name, VariableMode.DYNAMIC, VariableKind.NORMAL, script)
        var.location = VariableLocation.UNALLOCATED
        script.dynamic_variables[name] = var
    return var


def _lookup_variable(scope, name):
    """The LOOKUP variable for ``name`` (one per closure scope and name)."""
    decl = scope.declaration_scope()
    key = "lookup:" + name
    var = decl.dynamic_variables.get(key)
    if var is None:
        var = Variable(name, VariableMode.DYNAMIC, VariableKind.NORMAL, decl)
        var.location = VariableLocation.LOOKUP
        decl.dynamic_variables[key] = var
    return var


def needs_hole_check(var, node, crossed) -> bool:
    """Whether a reference must check for the hole (V8 Scope::... / HoleCheck elision rule)."""
    if var.mode is not VariableMode.LET and var.mode is not VariableMode.CONST:
        return False
    if var.scope.scope_type in _GLOBAL_SCOPES or var.module_binding is not None:
        return False     # UNALLOCATED / MODULE: the runtime lookup checks TDZ itself
    if var.kind is VariableKind.THIS:
        return True      # derived constructor `this` (ThrowSuperNotCalledIfHole)
    if crossed or var.scope.is_switch_scope:
        return True
    return node.start < var.initializer_position


class Resolver:
    def __init__(self, script_scope, *, new_scope_root=None):
        self.script = script_scope
        self.root = new_scope_root   # when completing a lazy function: its scope

    def resolve_all(self, references):
        for node, scope, kind, is_assignment in references:
            if kind == REF_NAME:
                self.resolve_name(node, scope, is_assignment)
            elif kind == REF_THIS:
                var = self.resolve_this(scope)
                if node is not None:
                    node.variable = var
            elif kind == REF_NEW_TARGET:
                var = self.resolve_function_special(scope, "new_target")
                if node is not None:
                    node.variable = var
            elif kind == REF_SUPER:
                var = self.resolve_function_special(scope, "this_function")
                self.resolve_this(scope)
                if node is not None:
                    node.variable = var
            elif kind == REF_SUPER_CALL:
                self.resolve_function_special(scope, "this_function")
                self.resolve_function_special(scope, "new_target")
                self.resolve_this(scope)
            elif kind == REF_ARGUMENTS_FLAG:
                self.resolve_arguments_for_eval(scope)
            elif kind == REF_PRIVATE:
                self.resolve_private(node, scope)

    # -- names ----------------------------------------------------------------------------
    def resolve_name(self, node, scope, is_assignment):
        name = node.name
        s = scope
        crossed = False
        dynamic = False
        var = None
        while s is not None:
            var = s.lookup_local(name)
            if var is not None:
                break
            if s.is_declaration_scope:
                if name == "arguments" and s.is_function and not s.is_arrow and \
                        not s.is_class_initializer and not s.is_deserialized:
                    var = s.declare_arguments()
                    break
                if s.calls_sloppy_eval and s.scope_type is not ScopeType.SCRIPT:
                    dynamic = True
                crossed = True
            elif s.scope_type is ScopeType.WITH:
                dynamic = True
            s = s.outer
        if var is None:
            var = _global_variable(self.script, name)
        elif name == "arguments" and var.kind is VariableKind.NORMAL and \
                var.mode is VariableMode.VAR and var.scope.is_declaration_scope and \
                var.scope.is_function and not var.scope.is_arrow and \
                not var.scope.is_class_initializer and not var.scope.is_deserialized:
            # `var arguments;` names the arguments object binding (10.2.11 steps 15-18, 22).
            var.kind = VariableKind.ARGUMENTS
            var.scope.arguments_var = var
            var.scope.uses_arguments_object = True
        var.is_used = True
        if is_assignment:
            var.maybe_assigned = True
        if dynamic:
            if var.mode is not VariableMode.DYNAMIC:
                self.force_context(var, name)
            node.variable = _lookup_variable(scope, name)
            node.hole_check = False
            return
        if crossed:
            self.force_context(var, name)
        node.variable = var
        check = needs_hole_check(var, node, crossed)
        node.hole_check = check
        if check:
            var.needs_hole_init = True

    def force_context(self, var, name):
        if var.mode is VariableMode.DYNAMIC or var.scope.scope_type in _GLOBAL_SCOPES:
            return
        if var.module_binding is not None:
            return
        if var.forced_context:
            return
        var.forced_context = True
        if var.location is not None and var.location not in (
                VariableLocation.CONTEXT, VariableLocation.UNALLOCATED, VariableLocation.LOOKUP,
                VariableLocation.MODULE):
            raise EngineInternalError(
                f"scopes: '{name}' is captured by a lazily compiled function but was allocated "
                f"{var.location_text()} (the preparser missed a free variable)")

    # -- this / new.target / super --------------------------------------------------------
    def _receiver_scope(self, scope):
        """The scope providing `this` and whether a closure boundary lies between."""
        s = scope
        crossed = False
        while s is not None:
            if s.is_declaration_scope:
                if s.scope_type in (ScopeType.SCRIPT, ScopeType.MODULE):
                    return s, crossed
                if s.scope_type is not ScopeType.EVAL and not s.is_arrow:
                    return s, crossed
                crossed = True
            s = s.outer
        return None, crossed

    def resolve_this(self, scope):
        target, crossed = self._receiver_scope(scope)
        if target is None:
            return None
        if target.is_deserialized:
            var = target.receiver
            if var is None:
                return None
        else:
            var = target.declare_receiver()
        var.is_used = True
        if target.scope_type is ScopeType.SCRIPT:
            var.location = VariableLocation.UNALLOCATED
            return var
        if crossed:
            self.force_context(var, "this")
        return var

    def resolve_function_special(self, scope, which):
        target, crossed = self._receiver_scope(scope)
        if target is None or target.scope_type in (ScopeType.SCRIPT, ScopeType.MODULE):
            return None
        if target.is_deserialized:
            var = target.new_target_var if which == "new_target" else target.this_function_var
            if var is None:
                return None
        elif which == "new_target":
            var = target.declare_new_target()
        else:
            var = target.declare_this_function()
        var.is_used = True
        if crossed:
            self.force_context(var, var.name)
        return var

    def resolve_arguments_for_eval(self, scope):
        target, crossed = self._receiver_scope(scope)
        if target is None or not target.is_function or target.is_class_initializer or \
                target.is_deserialized:
            return
        if target.lookup_local("arguments") is not None and \
                target.variables.get("arguments") is not target.arguments_var:
            return
        var = target.declare_arguments()
        var.is_used = True
        self.force_context(var, "arguments")

    # -- private names --------------------------------------------------------------------
    def resolve_private(self, node, scope):
        name = "#" + node.name
        s = scope
        crossed = False
        while s is not None:
            if s.scope_type is ScopeType.CLASS:
                var = s.variables.get(name)
                if var is not None:
                    var.is_used = True
                    if crossed:
                        self.force_context(var, name)
                    node.variable = var
                    return
            if s.is_declaration_scope:
                crossed = True
            s = s.outer
        raise EngineInternalError(f"scopes: private name {name} is not declared in a class")
