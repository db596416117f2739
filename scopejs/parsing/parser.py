"""The parser: source text -> ESTree AST (the shapes acorn 8 produces with ecmaVersion 2023).

``Parser`` is the composition of the grammar mixins (one grammar, written once):

* ``Scanner`` (scanner.py)            the lexical grammar; the current token lives on the parser
* ``ScopeTracker`` (early_errors.py)   scope stack, declarations, reserved words
* ``ExpressionParser`` (expressions.py) precedence climbing, arrows, templates, objects
* ``StatementParser`` (statements.py)   statements, declarations, modules
* ``FunctionParser`` (functions.py)     params, bodies, methods, classes, lazy bodies
* ``PatternParser`` (patterns.py)       destructuring and the cover grammars

Lazy parsing (V8's design): with ``lazy=True`` the body of every function except the top level
and PIFEs (a function literal right after ``(``) is *preparsed*: checked with all early
errors, its declared and free names recorded in a ``PreparseData`` (``node.lazy``), and the body
left as ``None`` until ``ensure_parsed(node)`` parses it fully in its original context.
"""
from __future__ import annotations

import sys

from scopejs.errors import JSSyntaxError
from scopejs.parsing.early_errors import MAX_NESTING, SCOPE_TOP, ScopeTracker
from scopejs.parsing.expressions import ExpressionParser
from scopejs.parsing.functions import FunctionParser
from scopejs.parsing.patterns import PatternParser
from scopejs.parsing.scanner import Scanner
from scopejs.parsing.statements import StatementParser
from scopejs.source.text import SourceText
from scopejs.syntax.nodes import NODE_CLASSES
from scopejs.syntax.tokens import KEYWORDS, STRICT_RESERVED

Program = NODE_CLASSES["Program"]

__all__ = ["Parser", "parse", "parse_script", "parse_module", "parse_eval", "ensure_parsed",
           "ensure_parsed_all", "MAX_NESTING"]
_RECURSION_LIMIT = 40000


class Parser(ExpressionParser, StatementParser, FunctionParser, PatternParser, ScopeTracker,
             Scanner):
    """One parse of one source text (a Script, a Module, or one lazily compiled function)."""

    def __init__(self, source: SourceText, *, module: bool = False, lazy: bool = True,
                 trace_lazy: bool = False):
        self.in_module = module
        self.strict = module
        self.lazy = lazy
        self.trace_lazy = trace_lazy
        self.name_hints = {}   # --trace-lazy: start offset -> inferred function name
        self.init_scanner(source)
        self.scope_stack = []
        self.scope = None
        self.labels = []
        self.private_stack = []
        self.undefined_exports = {}
        self.yield_pos = 0
        self.await_pos = 0
        self.await_ident_pos = 0
        self.potential_arrow_at = -1
        self.potential_arrow_in_for_await = False
        self.depth = 0
        self.preparse_depth = 0     # > 0 while inside a function being preparsed
        self.eager_next_function = False
        self.force_eager = False     # ensure_parsed: parse the next function body fully
        self.collect = None          # preparse: body start -> PreparseData of nested functions
        self.skippable = None        # ensure_parsed: recorded PreparseData of nested functions
        self.stop_at = -1           # ensure_parsed: do not scan past this offset

    # -- token helpers ---------------------------------------------------------------------------
    def eat(self, type_: str) -> bool:
        if self.type == type_:
            self.next()
            return True
        return False

    def expect(self, type_: str) -> None:
        if self.type == type_:
            self.next()
        else:
            self.unexpected()

    def is_contextual(self, word: str) -> bool:
        return self.type == "name" and self.value == word and not self.esc

    def eat_contextual(self, word: str) -> bool:
        if self.type == "name" and self.value == word and not self.esc:
            self.next()
            return True
        return False

    def expect_contextual(self, word: str) -> None:
        if not self.eat_contextual(word):
            self.unexpected()

    def can_insert_semicolon(self) -> bool:
        return self.nl or self.type == "eof" or self.type == "}"

    def semicolon(self) -> None:
        # 12.10 Automatic Semicolon Insertion
        if self.type == ";":
            self.next()
        elif not (self.nl or self.type == "eof" or self.type == "}"):
            self.unexpected()

    def unexpected(self, pos: int | None = None):
        if pos is not None and pos != self.start:
            self.raise_at(pos, "Unexpected token")
        self.raise_at(self.start, self.unexpected_message())

    def unexpected_message(self) -> str:
        t = self.type
        if t == "eof":
            return "Unexpected end of input"
        if t == "name":
            if self.strict and self.value in STRICT_RESERVED:
                return "Unexpected strict mode reserved word"
            if self.esc and self.value in KEYWORDS:
                return "Keyword must not contain escaped characters"
            return f"Unexpected identifier '{self.value}'"
        if t == "num" or t == "bigint":
            return "Unexpected number"
        if t == "string":
            return "Unexpected string"
        if t == "template":
            return "Unexpected template string"
        if t == "privateId":
            return f"Unexpected identifier '#{self.value}'"
        if t == "regexp":
            return "Unexpected regular expression"
        return f"Unexpected token '{t}'"

    def too_deep(self):
        """Nesting beyond MAX_NESTING: V8's stack overflow while parsing, a RangeError."""
        self.raise_at(self.start, "Maximum call stack size exceeded", "RangeError")

    # -- 16.1 Scripts / 16.2 Modules -------------------------------------------------------------
    def parse_top_level(self, top_flags: int = 0) -> Program:
        self.enter_scope(SCOPE_TOP | top_flags)
        if not self.in_module and self.strict_directive(self.end):
            self.strict = True
        self.next()
        exports = {} if self.in_module else None
        body = []
        parse_statement = self.parse_statement
        while self.type != "eof":
            body.append(parse_statement(None, True, exports))
        if self.in_module:
            for name, pos in self.undefined_exports.items():
                self.raise_at(pos, f"Export '{name}' is not defined")
        if self.private_stack:
            self.exit_private_scope()     # eval code: private names of the enclosing classes
        self.adapt_directive_prologue(body)
        program = Program(0, self.n, body, "module" if self.in_module else "script")
        program.source = self.source
        return program


def _with_recursion_guard(run, source: SourceText):
    old = sys.getrecursionlimit()
    if old < _RECURSION_LIMIT:
        sys.setrecursionlimit(_RECURSION_LIMIT)
    try:
        return run()
    except RecursionError:
        raise JSSyntaxError("Maximum call stack size exceeded", source, 0, "RangeError") from None
    finally:
        if old < _RECURSION_LIMIT:
            sys.setrecursionlimit(old)


def parse(source, *, module: bool = False, lazy: bool = True, name: str = "<input>",
          trace_lazy: bool = False) -> Program:
    """Parse a Script (or a Module with module=True). source: str or SourceText."""
    text = source if isinstance(source, SourceText) else SourceText.from_str(source, name)
    parser = Parser(text, module=module, lazy=lazy, trace_lazy=trace_lazy)
    return _with_recursion_guard(parser.parse_top_level, text)


def parse_script(source, *, lazy: bool = True, name: str = "<input>", trace_lazy: bool = False):
    return parse(source, module=False, lazy=lazy, name=name, trace_lazy=trace_lazy)


def parse_module(source, *, lazy: bool = True, name: str = "<input>", trace_lazy: bool = False):
    return parse(source, module=True, lazy=lazy, name=name, trace_lazy=trace_lazy)


def parse_eval(source, *, strict: bool = False, in_function: bool = False,
               in_method: bool = False, in_derived_constructor: bool = False,
               in_class_field_initializer: bool = False, private_names=None, lazy: bool = True,
               name: str = "eval", trace_lazy: bool = False) -> Program:
    """19.2.1.1 PerformEval steps 4-10: eval code, a Script parsed with its caller's permissions.

    in_function allows new.target, in_method super.x, in_derived_constructor super(),
    in_class_field_initializer forbids `arguments` (ContainsArguments); private_names are the
    private names of the classes around the eval call (None: not inside a class).  strict is the
    caller's strictness (eval code can also become strict by its own directive).
    """
    from scopejs.parsing.early_errors import (
        SCOPE_CLASS_FIELD_INIT, SCOPE_DIRECT_SUPER, SCOPE_EVAL_NEW_TARGET, SCOPE_SUPER,
    )
    text = source if isinstance(source, SourceText) else SourceText.from_str(source, name)
    parser = Parser(text, module=False, lazy=lazy, trace_lazy=trace_lazy)
    parser.strict = strict
    flags = ((SCOPE_EVAL_NEW_TARGET if in_function else 0) | (SCOPE_SUPER if in_method else 0)
             | (SCOPE_DIRECT_SUPER if in_derived_constructor else 0)
             | (SCOPE_CLASS_FIELD_INIT if in_class_field_initializer else 0))
    if private_names is not None:
        parser.private_stack = [(dict.fromkeys(private_names), [])]
    return _with_recursion_guard(lambda: parser.parse_top_level(flags), text)


def ensure_parsed(fn_node) -> None:
    """Force a lazily parsed function: fill in its body, exactly as the eager parse would."""
    data = fn_node.lazy
    if data is None or fn_node.body is not None:
        return
    from scopejs.parsing.preparser import reparse_function
    _with_recursion_guard(lambda: reparse_function(Parser, fn_node, data), data.source)


def ensure_parsed_all(node) -> None:
    """Force every lazy function in a tree (used by the JSON dump and the tests)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if getattr(current, "lazy", None) is not None and getattr(current, "body", 1) is None:
            ensure_parsed(current)
        stack.extend(current.children())
