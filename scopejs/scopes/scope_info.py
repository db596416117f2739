"""ScopeInfo: the description of one Context's slots (V8 ScopeInfo), kept by every Context.

Built by the allocator for each scope that needs a context.  It carries what the runtime needs
without the AST: slot names and modes (for [[Scopes]] views, the debugger, dynamic LOOKUP by
name, and for compiling direct eval against a live context chain), the scope type, the function
name, strictness, and whether the context can get an extension (sloppy eval adds vars there).
"""
from __future__ import annotations


class ScopeInfo:
    __slots__ = ("scope_type", "function_name", "is_strict", "names", "modes", "slot_index",
                 "lexical_slots", "parameter_slots", "has_extension", "calls_sloppy_eval",
                 "is_with", "is_declaration_scope", "is_arrow", "initial_slots", "receiver_slot",
                 "__weakref__")

    def __init__(self, scope_type, function_name, is_strict, names, modes, *,
                 parameter_slots=(), calls_sloppy_eval=False, is_declaration_scope=False,
                 is_arrow=False):
        self.scope_type = scope_type          # ScopeType value string: "function", "block", ...
        self.function_name = function_name    # for Closure (name) in [[Scopes]]
        self.is_strict = is_strict
        self.names = tuple(names)             # slot i holds variable names[i]
        self.modes = tuple(modes)             # VariableMode value strings, parallel to names
        self.slot_index = {name: i for i, name in enumerate(self.names)}
        # Slots that start as the hole (let/const/class/...): the rest start as undefined.
        self.lexical_slots = tuple(i for i, mode in enumerate(self.modes)
                                   if mode in ("let", "const", "class", "private_name"))
        self.parameter_slots = tuple(parameter_slots)   # mapped arguments: slot of parameter i
        self.calls_sloppy_eval = calls_sloppy_eval
        self.has_extension = calls_sloppy_eval and is_declaration_scope
        self.is_with = scope_type == "with"
        self.is_declaration_scope = is_declaration_scope
        self.is_arrow = is_arrow
        self.receiver_slot = self.slot_index.get("this")
        self.initial_slots = None    # interpreter's cache: a list template of initial values

    @property
    def slot_count(self) -> int:
        return len(self.names)

    def is_immutable(self, slot: int) -> bool:
        return self.modes[slot] in ("const", "class", "function_name")

    def __repr__(self):
        return f"<ScopeInfo {self.scope_type} {self.function_name or ''} {list(self.names)}>"


def private_names_in(scope_infos) -> set:
    """Private names (``#x``) declared by the class scopes of a context chain: what direct
    eval code may reference (15.7.1 AllPrivateIdentifiersValid against the outer classes)."""
    names = set()
    for info in scope_infos:
        if info is not None and info.scope_type == "class":
            names.update(name for name in info.names if name.startswith("#"))
    return names
