"""--print-scopes: the scope tree with every variable's location (V8-like, one line each).

    script scope
      var top: UNALLOCATED
      function scope multi [context: 1 slot]
        var a: CONTEXT[0]
        function scope inner (lazy)
"""
from __future__ import annotations


def _special_lines(scope):
    lines = []
    for label, var in (("this", getattr(scope, "receiver", None)),
                       ("new.target", getattr(scope, "new_target_var", None)),
                       (".this_function", getattr(scope, "this_function_var", None)),
                       ("function name", getattr(scope, "function_var", None))):
        if var is not None and var.location is not None and var.is_used:
            name = var.name if label == "function name" else label
            lines.append(f"{name}: {var.location_text()} ({var.mode.value})")
    return lines


def _header(scope) -> str:
    kind = scope.scope_type.value
    parts = [f"{kind} scope"]
    name = getattr(scope, "function_name", "") or ""
    if scope.scope_type.value == "class" and scope.class_variable is not None:
        name = scope.class_variable.name
    if getattr(scope, "is_class_initializer", False):
        name = "<static_initializer>" if scope is getattr(scope.outer, "static_initializer_scope",
                                                             None) else "<instance_members_initializer>"
    if name:
        parts.append(name)
    flags = []
    if getattr(scope, "is_arrow", False):
        flags.append("arrow")
    if getattr(scope, "is_lazy_stub", False):
        flags.append("lazy")
    if scope.is_strict:
        flags.append("strict")
    if scope.calls_eval:
        flags.append("calls eval")
    if scope.is_loop_scope:
        flags.append("per-iteration")
    if flags:
        parts.append("(" + ", ".join(flags) + ")")
    if scope.needs_context:
        count = len(scope.context_locals)
        parts.append(f"[context: {count} slot{'s' if count != 1 else ''}]")
    return " ".join(parts)


def dump_scope(scope, indent: int = 0, out=None) -> str:
    lines = [] if out is None else out
    pad = "  " * indent
    lines.append(pad + _header(scope))
    inner_pad = pad + "  "
    if scope.is_declaration_scope:
        for text in _special_lines(scope):
            lines.append(inner_pad + text)
    for var in scope.variables.values():
        lines.append(f"{inner_pad}{var.name}: {var.location_text()} ({var.mode.value})")
    if scope.is_declaration_scope and getattr(scope, "is_lazy_stub", False):
        pass
    for inner in scope.inner:
        dump_scope(inner, indent + 1, lines)
    if out is None:
        return "\n".join(lines)
    return ""


def dump_scopes(program) -> str:
    """The scope tree of an analysed Program (analyses it first if needed)."""
    if program.scope is None:
        from scopejs.scopes import analyze_module, analyze_script
        if program.sourceType == "module":
            analyze_module(program)
        else:
            analyze_script(program)
    return dump_scope(program.scope)


def _scopes_in(scope, out: dict) -> dict:
    out[id(scope)] = scope   # the scope itself is kept, so its id is never reused
    for inner in scope.inner:
        _scopes_in(inner, out)
    return out


class ScopePrinter:
    """The on_compile hook of --print-scopes: as d8 does, each function's scope tree is printed
    when the function is compiled, so with lazy parsing an inner function's variables and their
    locations appear at its first call (its stub in the outer tree says ``(lazy)``). A scope
    already printed inside an outer tree (eager parsing) is not printed again."""

    def __init__(self, out):
        self.out = out
        self.printed: dict = {}

    def __call__(self, sfi):
        node = sfi.node
        scope = getattr(node, "scope", None)   # default constructors have no node
        if scope is None or id(scope) in self.printed or getattr(scope, "is_lazy_stub", False):
            return
        _scopes_in(scope, self.printed)
        self.out.write(dump_scope(scope) + "\n")


def variable_locations(scope, out=None, prefix=""):
    """{name: location text} of every declared variable (tests); duplicates get 'fn:' prefixes."""
    out = {} if out is None else out
    for var in scope.variables.values():
        key = var.name if var.name not in out else f"{prefix}{var.name}"
        out[key] = var.location_text()
    name = getattr(scope, "function_name", "") or prefix.rstrip(":")
    for inner in scope.inner:
        variable_locations(inner, out, (getattr(inner, "function_name", "") or name) + ":")
    return out
