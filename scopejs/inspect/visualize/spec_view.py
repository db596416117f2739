"""The spec's Environment Records of a running frame, rebuilt from scope analysis (the SPEC VIEW).

The engine does not build Environment Records for function and block scopes: scope analysis put
each variable in a frame register (PARAMETER / LOCAL), a context slot (CONTEXT), the global record
(UNALLOCATED) or a by-name lookup (LOOKUP), and records it in the Scope tree kept on the function
node.  This module reads that record back: for a frame stopped at a source position it lists the
records the spec would have at that point (9.1 Environment Records), innermost first, each with
every binding the spec has, where the engine keeps it, and its current value.  Nothing is
re-analysed and nothing is written: values are read from registers, context slots and own data
properties of the global object (no getter runs, no proxy trap fires).
"""
from __future__ import annotations

from scopejs.bytecode.registers import FIRST_PARAMETER_REGISTER
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.property import Accessor
from scopejs.runtime.values import HOLE
from scopejs.scopes.scope import ScopeType
from scopejs.scopes.variable import VariableKind, VariableLocation, VariableMode

__all__ = ["function_scope", "scopes_at", "record_label", "record_kind", "spec_bindings", "read_variable",
           "frame_variables", "UNAVAILABLE", "frame_pc", "frame_offset"]

# Spec names of the record each scope kind stands for (9.1.1).
_RECORD_KIND = {
    ScopeType.SCRIPT: "Global Environment Record",
    ScopeType.MODULE: "Module Environment Record",
    ScopeType.FUNCTION: "Function Environment Record",
    ScopeType.EVAL: "Declarative Environment Record",
    ScopeType.BLOCK: "Declarative Environment Record",
    ScopeType.CATCH: "Declarative Environment Record",
    ScopeType.CLASS: "Declarative Environment Record",
    ScopeType.WITH: "Object Environment Record",
}
_HIDDEN_KINDS = frozenset((VariableKind.THIS, VariableKind.NEW_TARGET, VariableKind.THIS_FUNCTION))


class _Unavailable:
    """A binding whose value the engine does not hold at this point (with the reason)."""
    __slots__ = ("reason",)

    def __init__(self, reason):
        self.reason = reason

    def __repr__(self):
        return f"<unavailable: {self.reason}>"


def UNAVAILABLE(reason):  # noqa: N802 - a constructor-like helper
    return _Unavailable(reason)


def function_scope(sfi):
    """The fully analysed DeclarationScope of a compiled function (None for code without one,
    e.g. a default class constructor)."""
    node = sfi.node
    if node is None:
        return None
    scope = getattr(node, "scope", None)   # only Program / function nodes carry one
    if scope is None or getattr(scope, "is_lazy_stub", False):
        return None
    return scope


def record_kind(scope) -> str:
    return _RECORD_KIND.get(scope.scope_type, "Declarative Environment Record")


def record_label(scope, source, call_name: str) -> str:
    """A short name for the spec record of ``scope``: ``FunctionEnv(counter#2)`` (``call_name``
    names the call), ``DeclarativeEnv(block at 4:3)``, ``ObjectEnv(with at 6:1)``, or the
    global / module record."""
    if scope.scope_type is ScopeType.SCRIPT:
        return "the global Environment Record"
    if scope.scope_type is ScopeType.MODULE:
        return "the Module Environment Record"
    if scope.is_declaration_scope and scope.scope_type is ScopeType.FUNCTION:
        return f"FunctionEnv({call_name})"
    line, col = source.position(scope.start) if source is not None else (0, 0)
    if scope.scope_type is ScopeType.WITH:
        return f"ObjectEnv(with at {line}:{col + 1})"
    kind = "for-loop" if scope.is_loop_scope else scope.scope_type.value
    return f"DeclarativeEnv({kind} at {line}:{col + 1})"


def scopes_at(scope, offset: int) -> list:
    """The scopes of one function that contain source ``offset``, innermost first, ending with
    the function's own DeclarationScope (inner functions are not entered)."""
    chain = [scope]
    current = scope
    while True:
        for inner in current.inner:
            if inner.is_declaration_scope:
                continue
            if inner.start <= offset < inner.end:
                chain.append(inner)
                current = inner
                break
        else:
            break
    chain.reverse()
    return chain


def _visible(var) -> bool:
    name = var.name
    return var.kind not in _HIDDEN_KINDS and bool(name) and name[0] not in ".#%*"


def spec_bindings(scope) -> list:
    """The bindings the spec's record for ``scope`` has, in declaration order."""
    out = [var for var in scope.variables.values() if _visible(var)]
    function_var = getattr(scope, "function_var", None)
    if function_var is not None and _visible(function_var) and function_var not in out:
        # 15.2.5 a named function expression's own name lives in a record of its own (funcEnv);
        # V8 keeps it on the function scope.  Shown with the function's bindings.
        out.append(function_var)
    return out


def frame_pc(frame, is_top: bool) -> int:
    """The instruction a frame is at: the top frame's current pc, a caller's call instruction."""
    return frame.pc if is_top else max(frame.pc - 1, 0)


def frame_offset(frame, pc: int) -> int:
    pos = frame.bytecode.source_position_at(pc)
    if pos is not None:
        return pos[0]
    node = frame.bytecode.sfi.node if frame.bytecode.sfi is not None else None
    return node.start if node is not None else 0


def _context_of(frame, scope):
    info = scope.scope_info
    if info is None:
        return None
    context = frame.context
    while context is not None:
        if context.scope_info is info:
            return context
        context = context.previous
    return None


def where_text(var) -> str:
    """Where the engine keeps ``var``, as the views print it."""
    loc = var.location
    if loc is VariableLocation.LOCAL or loc is VariableLocation.PARAMETER:
        return "register " + var.location_text().split(" ", 1)[1]   # LOCAL r0 -> register r0
    if loc is VariableLocation.CONTEXT:
        return f"context slot [{var.index}]"
    if loc is VariableLocation.UNALLOCATED:
        if var.mode in (VariableMode.LET, VariableMode.CONST) or var.kind is VariableKind.CLASS:
            return "global declarative record"
        return "global object property"
    if loc is VariableLocation.MODULE:
        return "module cell"
    if loc is VariableLocation.LOOKUP:
        return "looked up by name"
    return "unallocated"


def read_variable(frame, var, offset: int, realm):
    """(value, context or None) of ``var`` for a frame at source ``offset``: HOLE while in TDZ,
    an _Unavailable when the engine does not hold it here."""
    loc = var.location
    if loc is VariableLocation.LOCAL or loc is VariableLocation.PARAMETER:
        if loc is VariableLocation.LOCAL:
            index = FIRST_PARAMETER_REGISTER + frame.bytecode.parameter_count + var.index
        else:
            index = FIRST_PARAMETER_REGISTER + var.index
        if not 0 <= index < len(frame.regs):
            return UNAVAILABLE("no register"), None
        value = frame.regs[index]
        # A register let/const the compiler did not hole-initialise reads undefined before its
        # declaration; the spec binding is uninitialized there (TDZ) -- decided by position, as
        # scope analysis decides hole checks (resolver.needs_hole_check).
        if (var.mode in (VariableMode.LET, VariableMode.CONST) or var.kind is VariableKind.CLASS) \
                and offset < var.initializer_position:
            return HOLE, None
        return value, None
    if loc is VariableLocation.CONTEXT:
        context = _context_of(frame, var.scope)
        if context is None:
            return UNAVAILABLE("context not created yet"), None
        if var.index >= len(context.slots):
            return UNAVAILABLE("no slot"), context
        return context.slots[var.index], context
    if loc is VariableLocation.UNALLOCATED:
        return read_global(realm, var.name), None
    if loc is VariableLocation.MODULE:
        return UNAVAILABLE("module binding"), None
    return UNAVAILABLE("looked up by name at run time"), None


def read_global(realm, name):
    """A global binding read without running code: script-scope lexical, else an own data
    property of the global object."""
    env = realm.global_env
    if name in env.lexical:
        return env.lexical[name]
    g = env.global_object
    if isinstance(g, JSObject) and g.plain_props:
        value = g.props.get(name, HOLE)
        if value is HOLE:
            return UNAVAILABLE("not defined")
        if value.__class__ is Accessor:
            return UNAVAILABLE("accessor property")
        return value
    return UNAVAILABLE("exotic global object")


def frame_variables(scope) -> list:
    """Every variable of one function's own scopes (inner functions excluded), tree order."""
    out = []
    stack = [scope]
    while stack:
        current = stack.pop(0)
        out.extend(current.special_variables() if current.is_declaration_scope else ())
        out.extend(current.variables.values())
        function_var = getattr(current, "function_var", None)
        if function_var is not None and function_var not in out:
            out.append(function_var)
        stack[0:0] = [inner for inner in current.inner if not inner.is_declaration_scope]
    return out
