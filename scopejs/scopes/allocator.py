"""Variable allocation: PARAMETER / LOCAL registers vs CONTEXT slots (V8 Scope::AllocateVariables).

Rule (design.md "Closures"): a variable lives in its scope's context only if it must
(``MustAllocateInContext``): it is captured by an inner closure or named by a dynamic lookup
(``forced_context``), or its scope (or an inner one) calls direct eval, or it is a parameter
aliased by a mapped arguments object.  Everything else is a frame register.  Script-scope
bindings are UNALLOCATED (global object / global declarative record); a sloppy eval's
var-scoped bindings are LOOKUP (they live in the caller's variable environment).  A scope
needs a context only if it has context slots, is a `with`, or is a function calling sloppy eval.
"""
from __future__ import annotations

from scopejs.scopes.scope import ScopeType
from scopejs.scopes.scope_info import ScopeInfo
from scopejs.scopes.variable import (CLOSURE_INDEX, NEW_TARGET_INDEX, RECEIVER_INDEX,
                                     VariableKind, VariableLocation, VariableMode)


def allocate_tree(scope):
    """Allocate ``scope`` and every non-lazy scope inside it."""
    _allocate_scope(scope)
    for inner in scope.inner:
        if inner.is_declaration_scope and inner.is_lazy_stub:
            continue
        allocate_tree(inner)


def _must_context(var, scope) -> bool:
    return var.forced_context or scope.inner_scope_calls_eval


def _allocate_scope(scope):
    if scope.is_deserialized:
        return
    closure = scope.declaration_scope()
    kind = scope.scope_type
    if kind is ScopeType.SCRIPT:
        for var in scope.variables.values():
            var.location = VariableLocation.UNALLOCATED
        if scope.receiver is not None:
            scope.receiver.location = VariableLocation.UNALLOCATED
        return
    sloppy_eval = kind is ScopeType.EVAL and not scope.is_strict
    if scope.is_declaration_scope and scope.is_function:
        _allocate_function_specials(scope)
    for var in scope.variables.values():
        if var.location is not None:
            continue
        if sloppy_eval and var.mode is VariableMode.VAR:
            var.location = VariableLocation.LOOKUP
            continue
        if var.mode is VariableMode.TEMPORARY:
            var.forced_context = var.forced_context or kind is ScopeType.CLASS
        if var.kind is VariableKind.MODULE_IMPORT or var.module_binding is not None:
            var.location = VariableLocation.MODULE
            continue
        _allocate_variable(var, scope, closure)
    if scope.is_declaration_scope and scope.function_var is not None:
        var = scope.function_var
        if _must_context(var, scope):
            _context(var, scope)
        else:
            var.location = VariableLocation.PARAMETER
            var.index = CLOSURE_INDEX
    if scope.is_declaration_scope and scope.scope_type is ScopeType.MODULE and \
            scope.receiver is not None:
        scope.receiver.location = VariableLocation.UNALLOCATED
    scope.needs_context = bool(scope.context_locals) or kind is ScopeType.WITH or (
        scope.is_declaration_scope and scope.calls_sloppy_eval and kind is ScopeType.FUNCTION)
    if scope.needs_context:
        scope.scope_info = build_scope_info(scope)


def _allocate_function_specials(scope):
    # Mapped arguments alias the parameters: V8 keeps such parameters in the context.
    args = scope.arguments_var
    scope.mapped_arguments = bool(
        args is not None and args.kind is VariableKind.ARGUMENTS and not scope.is_strict and
        scope.has_simple_parameters and not scope.is_arrow and args.is_used)
    for var, index in ((scope.receiver, RECEIVER_INDEX), (scope.new_target_var, NEW_TARGET_INDEX),
                       (scope.this_function_var, CLOSURE_INDEX)):
        if var is None:
            continue
        if _must_context(var, scope):
            _context(var, scope)
        else:
            var.location = VariableLocation.PARAMETER
            var.index = index
    if scope.has_simple_parameters:
        for position, var in enumerate(scope.params):
            if var.location is not None:
                # Duplicate parameter names: the last position wins (10.2.11 step 22-23).
                if var.location is VariableLocation.PARAMETER:
                    var.index = position
                continue
            if _must_context(var, scope) or scope.mapped_arguments:
                _context(var, scope)
            else:
                var.location = VariableLocation.PARAMETER
                var.index = position


def _allocate_variable(var, scope, closure):
    if _must_context(var, scope):
        _context(var, scope)
    else:
        var.location = VariableLocation.LOCAL
        var.index = closure.num_locals
        closure.num_locals += 1


def _context(var, scope):
    var.location = VariableLocation.CONTEXT
    var.index = len(scope.context_locals)
    scope.context_locals.append(var)


def parameter_slots(scope):
    """Context slot of each formal parameter (mapped arguments), -1 when not mapped."""
    if not scope.is_declaration_scope or not scope.mapped_arguments:
        return ()
    slots = []
    for position, var in enumerate(scope.params):
        # A duplicated name maps only its last occurrence (10.4.4.7 step 15-17).
        later = any(p is var for p in scope.params[position + 1:])
        slots.append(-1 if later or var.location is not VariableLocation.CONTEXT else var.index)
    return tuple(slots)


def build_scope_info(scope):
    names = [var.name for var in scope.context_locals]
    modes = [var.mode.value for var in scope.context_locals]
    if scope.scope_type is ScopeType.CLASS:
        for i, var in enumerate(scope.context_locals):
            if var.kind is VariableKind.CLASS:
                modes[i] = "const"
    # Block/catch contexts carry their function's name too: DevTools labels them "Block (foo)".
    function_name = scope.declaration_scope().function_name or ""
    if scope.scope_type is ScopeType.CLASS and scope.class_variable is not None:
        function_name = scope.class_variable.name
    info = ScopeInfo(scope.scope_type.value, function_name, scope.is_strict, names, modes,
                     parameter_slots=parameter_slots(scope),
                     calls_sloppy_eval=scope.calls_sloppy_eval,
                     is_declaration_scope=scope.is_declaration_scope or scope.is_var_block,
                     is_arrow=scope.is_declaration_scope and scope.is_arrow)
    return info
