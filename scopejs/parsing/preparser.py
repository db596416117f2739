"""Lazy parsing: forcing a preparsed function (V8's lazy compile of a SharedFunctionInfo).

The preparse itself is the ordinary grammar run in "preparse" mode (parser.preparse_depth > 0,
see functions.FunctionParser.parse_function_body): every early error is checked and the scope
tracker records declared and free names, then the body is dropped and a ``PreparseData`` is kept
in ``node.lazy``.  ``reparse_function`` below is the other half: it re-creates the parser state
the function body was first seen in (strictness, enclosing scope kinds - async, generator,
method, class field, module - and the class private-name environment) and parses only the
body's source range, fully, so the result is identical to an eager parse.  Functions nested in
it are lazy again, and are not preparsed a second time: the first preparse recorded their
PreparseData by body offset (``data.inner``, V8's skippable-function data), so the reparse jumps
over their bodies and replays their free names and uses into the enclosing scopes.

Design note (measured, see the report in the commit log): the preparse builds the throwaway
nodes with the ordinary node classes.  Replacing the 27 node kinds the grammar never inspects
(binary/unary/call expressions, most statements) by start/end-only "pre-nodes" - V8's null node
factory - made the lodash parse only 7% faster (0.558 s -> 0.517 s), because node construction
is a small share of a Python parse (the scanner and the grammar's calls dominate), so the single
node factory was kept.
"""
from __future__ import annotations

from scopejs.parsing.early_errors import ParseScope


def reparse_function(parser_cls, node, data) -> None:
    parser = parser_cls(data.source, module=data.in_module, lazy=True, trace_lazy=data.trace_lazy)
    parser.strict = data.outer_strict
    parser.scope_stack = [ParseScope(flags) for flags in data.scope_flags]
    parser.scope = parser.scope_stack[-1]
    if data.in_class:
        parser.private_stack = [(None, [])]   # private names were resolved by the preparse
    parser.end = data.body_start
    parser.stop_at = data.body_end
    parser.next()                              # the body's `{`
    parser.force_eager = True
    parser.skippable = data.inner              # nested lazy functions are skipped, not re-preparsed
    parser.parse_function_body(node, data.is_arrow, data.is_method, False, True)
    data.forced = True
