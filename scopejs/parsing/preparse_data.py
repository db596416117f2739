"""PreparseData: what the preparser records about a lazily parsed function (V8's PreparseData).

The enclosing function's scope analysis needs to know, without the inner function's AST, which
of its variables the inner function captures: that is ``free_names`` (identifiers referenced in
the function, including in its nested functions, that it does not declare itself).  The flags
say whether it uses ``this``, ``arguments``, ``new.target``, ``super.x`` or ``super()``, and
whether it contains a direct ``eval`` (which makes every visible variable captured).

The remaining fields are what ``ensure_parsed`` needs to parse the body later in exactly the
same context: the source range of the body, strictness, and the enclosing scope flags.
"""
from __future__ import annotations

from scopejs.parsing.static_semantics import bound_names


_EMPTY = frozenset()


class PreparseData:
    """Per-function record of a preparsed (lazy) function."""

    __slots__ = (
        "name", "start", "end", "body_start", "body_end",
        "param_names", "var_names", "lexical_names", "function_names", "free_names",
        "uses_this", "uses_arguments", "uses_new_target", "uses_super_property",
        "has_super_call", "has_direct_eval", "inner_has_direct_eval", "is_strict",
        # context for ensure_parsed
        "source", "outer_strict", "scope_flags", "in_module", "in_class", "is_arrow",
        "is_method", "trace_lazy", "forced",
        # body start offset -> PreparseData of every lazy function nested in this one (shared
        # by the whole nest), recorded by the first preparse: V8's skippable functions
        "inner",
    )

    @classmethod
    def from_scope(cls, parser, node, scope, body_start: int, body_end: int, is_strict: bool,
                   outer_strict: bool, scope_flags: tuple, is_arrow: bool, is_method: bool):
        data = cls()
        data.name = node.id.name if node.id is not None else None
        data.start = node.start
        data.end = body_end
        data.body_start = body_start
        data.body_end = body_end
        params = []
        for param in node.params:
            bound_names(param, params)
        data.param_names = tuple(params)
        # the scope record is dropped after this, so its sets are kept without copying
        data.var_names = scope.var
        data.lexical_names = scope.lexical
        data.function_names = scope.functions
        data.free_names = frozenset(scope.free) if scope.free else _EMPTY
        data.uses_this = scope.uses_this
        data.uses_arguments = scope.uses_arguments
        data.uses_new_target = scope.uses_new_target
        data.uses_super_property = scope.uses_super_property
        data.has_super_call = scope.has_super_call
        data.has_direct_eval = scope.calls_eval
        data.inner_has_direct_eval = scope.inner_calls_eval
        data.is_strict = is_strict
        data.source = parser.source
        data.outer_strict = outer_strict
        data.scope_flags = scope_flags
        data.in_module = parser.in_module
        data.in_class = bool(parser.private_stack)
        data.is_arrow = is_arrow
        data.is_method = is_method
        data.trace_lazy = parser.trace_lazy
        data.forced = False
        data.inner = None
        return data

    @property
    def declared_names(self) -> frozenset:
        return frozenset(self.param_names) | self.var_names | self.lexical_names | self.function_names

    def __repr__(self) -> str:
        flags = [name for name in ("uses_this", "uses_arguments", "uses_new_target",
                                   "uses_super_property", "has_super_call", "has_direct_eval",
                                   "is_strict") if getattr(self, name)]
        return (f"PreparseData({self.name or '<anonymous>'} @{self.start}-{self.end}, "
                f"free={sorted(self.free_names)}, {' '.join(flags)})")
