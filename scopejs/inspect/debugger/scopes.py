"""A paused frame's scope chain as DevTools shows it, and evaluation in that frame.

The chain is read, never recomputed: the function's scope tree (the record scope analysis left on
its node: each Variable's location and index) names the frame's registers, and the live Context
chain with each Context's ScopeInfo gives the heap scopes (scopes_view.context_entries, the same
reader console.dir's [[Scopes]] uses).  Innermost first:

  Block / Catch   each block scope around the pause position: its register locals plus its
                  context's slots when it has one
  Local           parameters and locals of the function (registers and its own function context)
  With Block, Eval  contexts the frame itself pushed that belong to no block of its scope tree
  Closure (name) ...  the function's [[Environment]] chain, trimmed to captured variables
  Script, Global
"""
from __future__ import annotations

from scopejs.bytecode.registers import FIRST_PARAMETER_REGISTER
from scopejs.inspect.scopes_view import _visible, context_entries, global_entries
from scopejs.runtime.completion import ThrowCompletion
from scopejs.runtime.values import UNDEFINED
from scopejs.scopes.variable import VariableLocation

_KINDS = {"Block": "block", "Catch": "catch", "With Block": "with", "Eval": "eval",
          "Module": "module", "Script": "script", "Global": "global", "Closure": "closure",
          "Local": "local"}


class ScopeView:
    """One entry of a scope chain: ``kind`` is CDP's Scope.type; ``pairs`` [(name, value)]
    (None for Global, whose object is ``obj``; a `with` scope also has its object)."""

    __slots__ = ("kind", "name", "label", "pairs", "obj")

    def __init__(self, label, pairs, obj=None, name=None):
        head, _, rest = label.partition(" (")
        self.kind = _KINDS.get(label, _KINDS.get(head, "block"))
        if self.kind == "block":     # DevTools names closures only
            label, rest = "Block", ""
        self.name = rest[:-1] if rest else name
        self.label = label
        self.pairs = pairs
        self.obj = obj

    def __repr__(self):
        if self.pairs is None:
            return self.label
        return f"{self.label} {{{', '.join(n for n, _ in self.pairs)}}}"


def declaration_scope(sfi):
    node = sfi.node
    scope = getattr(node, "scope", None) if node is not None else None
    return scope if scope is not None and scope.is_declaration_scope else None


def active_blocks(scope, offset):
    """Block scopes of ``scope`` (not crossing into inner functions) containing ``offset``,
    innermost first."""
    chain = []
    current = scope
    while True:
        for inner in current.inner:
            if not inner.is_declaration_scope and inner.start <= offset < inner.end:
                chain.append(inner)
                current = inner
                break
        else:
            return chain[::-1]


def _register_of(var, bytecode):
    if var.location is VariableLocation.LOCAL:
        return bytecode.first_local_register + var.index
    if var.location is VariableLocation.PARAMETER:
        return FIRST_PARAMETER_REGISTER + var.index
    return None


def _scope_variables(scope):
    variables = [v for v in scope.variables.values()
                 if v.location is VariableLocation.PARAMETER]
    variables.sort(key=lambda v: v.index)
    variables += [v for v in scope.variables.values()
                  if v.location is not VariableLocation.PARAMETER]
    return variables


def _pairs(scope, frame, context_pairs):
    """(name, value) of ``scope``'s visible variables, registers and context slots merged in
    declaration order (parameters first)."""
    from_context = dict(context_pairs)
    pairs = []
    for var in _scope_variables(scope):
        name = var.name
        if not _visible(name):
            continue
        reg = _register_of(var, frame.bytecode)
        if reg is not None and reg < len(frame.regs):
            pairs.append((name, frame.regs[reg]))
        elif name in from_context:
            pairs.append((name, from_context.pop(name)))
    pairs.extend(from_context.items())
    return pairs


def frame_scopes(frame, offset, realm):
    """The scope chain of ``frame`` paused at source ``offset`` -> [ScopeView]."""
    from scopejs.bytecode.shared_function_info import FunctionKind
    sfi = frame.bytecode.sfi
    stop = getattr(frame.regs[0], "environment", None)
    own = context_entries(frame.context, stop)
    by_info = {id(context.scope_info): (label, pairs, context)
               for label, pairs, context in own}
    used = set()
    views = []
    scope = declaration_scope(sfi)
    if scope is not None:
        for block in active_blocks(scope, offset):
            entry = by_info.get(id(block.scope_info)) if block.scope_info is not None else None
            if entry is not None:
                used.add(id(entry[2]))
            pairs = _pairs(block, frame, entry[1] if entry is not None else ())
            if pairs or entry is not None:
                label = entry[0] if entry is not None else (
                    "Catch" if block.scope_type.value == "catch" else "Block")
                views.append(ScopeView(label, pairs))
        extra = [e for e in own if id(e[2]) not in used
                 and not (scope.scope_info is not None and e[2].scope_info is scope.scope_info)]
        entry = by_info.get(id(scope.scope_info)) if scope.scope_info is not None else None
        for label, pairs, context in extra:
            views.append(ScopeView(label, pairs, context.slots[0] if label == "With Block"
                                   else None))
        if sfi.kind not in (FunctionKind.SCRIPT, FunctionKind.EVAL, FunctionKind.MODULE):
            views.append(ScopeView("Local", _pairs(scope, frame,
                                                   entry[1] if entry is not None else ()),
                                   name=sfi.name or None))
    else:
        for label, pairs, context in own:
            views.append(ScopeView(label, pairs))
        if sfi.kind not in (FunctionKind.SCRIPT, FunctionKind.EVAL, FunctionKind.MODULE):
            views.append(ScopeView("Local", []))
    for label, pairs, context in context_entries(stop):
        views.append(ScopeView(label, pairs, context.slots[0] if label == "With Block"
                               else None))
    for label, pairs in global_entries(realm):
        obj = realm.global_env.global_object if pairs is None else None
        views.append(ScopeView(label, pairs, obj))
    return views


def _register_locals(frame, offset):
    """[(name, register, mode)] of the register-allocated variables visible at ``offset``
    (inner blocks shadow outer ones)."""
    scope = declaration_scope(frame.bytecode.sfi)
    if scope is None:
        return []
    seen = set()
    out = []
    for s in active_blocks(scope, offset) + [scope]:
        for var in _scope_variables(s):
            reg = _register_of(var, frame.bytecode)
            if reg is None or var.name in seen or not _visible(var.name):
                continue
            seen.add(var.name)
            out.append((var.name, reg, var.mode.value))
    return out


def evaluate_in_frame(host, frame, offset, expression, this):
    """Direct eval of ``expression`` in ``frame`` -> (ok, value).

    Direct eval code reads the caller's context chain (eval_support); register locals are not
    in it, so they are materialised into a block Context over the frame's current context
    (V8's debug-evaluate does the same) and written back to the registers afterwards, so
    `x = 5` at a pause changes the frame's `x`.  The frame's bytecode is never touched.
    """
    from scopejs.bytecode.compiler import compile_eval
    from scopejs.interpreter.eval_support import (_parse_eval, _run_eval_code, _scope_infos,
                                                  eval_context_of)
    from scopejs.runtime.environments import Context
    from scopejs.scopes.scope_info import ScopeInfo
    sfi = frame.bytecode.sfi
    strict = bool(sfi.is_strict)
    locals_ = _register_locals(frame, offset)
    context = frame.context
    if locals_:
        info = ScopeInfo("block", None, strict, [n for n, _r, _m in locals_],
                         [m if m in ("let", "const") else "let" for _n, _r, m in locals_])
        context = Context(info, frame.context, [frame.regs[r] for _n, r, _m in locals_])
    try:
        eval_context = eval_context_of(frame, strict)
        program = _parse_eval(host, expression, "", eval_context)
        code = compile_eval(program, _scope_infos(context), strict)
        fn = frame.regs[0]
        value = _run_eval_code(host, frame.realm, code, context, this, frame.regs[1],
                               function=fn if hasattr(fn, "home_object") else None,
                               eval_context=eval_context)
        ok = True
    except ThrowCompletion as exc:
        ok, value = False, exc.value
    if locals_:
        for (_name, reg, _mode), new in zip(locals_, context.slots):
            frame.regs[reg] = new
    return ok, (UNDEFINED if value is None else value)


def closure_scopes(fn):
    """[[Scopes]] of a function object as ScopeViews (its [[Environment]] chain, Script,
    Global): what Runtime.getProperties shows under a function's internal properties."""
    views = []
    for label, pairs, context in context_entries(getattr(fn, "environment", None)):
        views.append(ScopeView(label, pairs, context.slots[0] if label == "With Block" else None))
    realm = fn.realm
    for label, pairs in global_entries(realm):
        views.append(ScopeView(label, pairs,
                               realm.global_env.global_object if pairs is None else None))
    return views
