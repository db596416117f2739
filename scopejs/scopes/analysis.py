"""Entry points of scope analysis: declare, resolve, allocate (in that order).

- ``analyze_script(program)`` / ``analyze_module(program)``: the whole tree; lazy inner
  functions get stub scopes from their PreparseData.
- ``analyze_function(node)``: complete a lazily parsed function at its first compile
  (``ensure_parsed`` must have filled the node); its outer scopes stay as allocated.
- ``analyze_eval(program, outer_scope_infos, is_strict)``: eval code against the ScopeInfo chain
  of the live context (innermost first), rebuilt as deserialized scopes.
"""
from __future__ import annotations

from scopejs.scopes.allocator import allocate_tree
from scopejs.scopes.declarations import ScopeBuilder
from scopejs.scopes.resolver import Resolver
from scopejs.scopes.scope import DeclarationScope, Scope, ScopeType
from scopejs.scopes.variable import (CLOSURE_INDEX, Variable, VariableKind, VariableLocation,
                                     VariableMode)


def analyze_script(program):
    return _analyze_top(program, is_module=False)


def analyze_module(program):
    return _analyze_top(program, is_module=True)


def _analyze_top(program, is_module):
    builder = ScopeBuilder()
    scope = builder.build_script(program, is_module=is_module)
    Resolver(scope).resolve_all(builder.references)
    allocate_tree(scope)
    return scope


def analyze_function(node):
    """Full scope analysis of a (formerly lazy) function inside its analysed outer scopes."""
    stub = node.scope
    if stub is not None and not stub.is_lazy_stub:
        return stub
    outer = stub.outer
    if stub in outer.inner:
        outer.inner.remove(stub)
    builder = ScopeBuilder()
    scope = builder.build_function(node, outer)
    scope.has_home_object = stub.has_home_object
    scope.is_class_constructor = stub.is_class_constructor
    scope.is_derived_constructor = stub.is_derived_constructor
    Resolver(outer.script_scope(), new_scope_root=scope).resolve_all(builder.references)
    allocate_tree(scope)
    return scope


_SCOPE_TYPES = {t.value: t for t in ScopeType}


def deserialize_scope_chain(scope_infos, script_scope):
    """Scopes for a live context chain (innermost first), outermost linked to ``script_scope``."""
    outer = script_scope
    for info in reversed(scope_infos):
        scope_type = _SCOPE_TYPES[info.scope_type]
        if info.is_declaration_scope and scope_type in (ScopeType.FUNCTION, ScopeType.EVAL):
            scope = DeclarationScope(scope_type, outer, None, is_arrow=info.is_arrow)
            scope.function_name = info.function_name
        else:
            scope = Scope(scope_type, outer, None)
            scope.is_var_block = info.is_declaration_scope
        scope.is_deserialized = True
        scope.is_strict = info.is_strict
        scope.calls_sloppy_eval = info.calls_sloppy_eval
        scope.needs_context = True
        scope.scope_info = info
        for slot, (name, mode) in enumerate(zip(info.names, info.modes)):
            var = Variable(name, VariableMode(mode), VariableKind.NORMAL, scope)
            var.location = VariableLocation.CONTEXT
            var.index = slot
            var.forced_context = True
            if name == "this" and isinstance(scope, DeclarationScope):
                var.kind = VariableKind.THIS
                scope.receiver = var
            elif name == ".new.target" and isinstance(scope, DeclarationScope):
                scope.new_target_var = var
            elif name == ".this_function" and isinstance(scope, DeclarationScope):
                scope.this_function_var = var
            elif mode == "function_name" and isinstance(scope, DeclarationScope):
                scope.function_var = var
                continue
            scope.variables[name] = var
            scope.context_locals.append(var)
        outer = scope
    return outer


def analyze_eval(program, outer_scope_infos, is_strict, script_scope=None):
    """Scope analysis of direct (or, with no scope infos, indirect) eval code."""
    if script_scope is None:
        script_scope = DeclarationScope(ScopeType.SCRIPT, None, None)
    outer = deserialize_scope_chain(outer_scope_infos, script_scope)
    builder = ScopeBuilder()
    scope = builder.build_eval(program, outer, is_strict or outer.is_strict)
    Resolver(script_scope).resolve_all(builder.references)
    allocate_tree(scope)
    return scope


__all__ = ["analyze_script", "analyze_module", "analyze_function", "analyze_eval",
           "CLOSURE_INDEX"]
