"""The RegExp matcher (22.2.2), independent of the object model.

    compiled = compile_pattern(pattern, flags)      # RegExpSyntaxError on an invalid pattern
    result = compiled.match_at(subject, index)      # MatchResult | None (22.2.7.2 step 11 "matcher")
    result = compiled.search(subject, index)        # first match at or after index (non-sticky scan)

Strings are UTF-16 code units (astral characters as surrogate pairs).  A pattern is parsed once by
scopejs.parsing.regexp_syntax (the validator's grammar) and compiled either to Python's ``re``
when translate.py proves the semantics identical, or to the closure matcher in compiler.py.
Matching charges its backtracking to the Engine's limits every ``max_steps`` steps (MatchState.over_limit) and never raises RecursionError
(RegExpStackOverflow instead).
"""
from __future__ import annotations

import sys
import threading

from scopejs.parsing.regexp_syntax import (RegExpSyntaxError, format_error, parse_pattern,
                                           validate_flags)
from scopejs.runtime.regexp.compiler import Compiler, MatchState, RegExpTimeout
from scopejs.runtime.regexp.translate import translate

__all__ = ["compile_pattern", "CompiledRegExp", "MatchResult", "RegExpSyntaxError",
           "RegExpTimeout", "RegExpStackOverflow", "DEFAULT_MAX_STEPS", "format_error",
           "validate_flags"]

# Backtracking steps between two limit checks (a step is a choice point: an alternative, a
# quantifier iteration); each check charges them to the Engine's limits (MatchState.over_limit).
DEFAULT_MAX_STEPS = 4096
RECURSION_LIMIT = 60_000


class RegExpStackOverflow(Exception):
    """The backtracking matcher nested too deeply (reported as RangeError by the built-in)."""


class MatchResult:
    """One successful match: code-unit ``start``/``end`` and, per capture group 1..n, a
    (start, end) pair or None when the group did not participate."""
    __slots__ = ("start", "end", "captures")

    def __init__(self, start: int, end: int, captures: list):
        self.start = start
        self.end = end
        self.captures = captures

    def group(self, subject: str, index: int):
        """The text of group ``index`` (0 = whole match), or None if it did not participate."""
        if index == 0:
            return subject[self.start:self.end]
        span = self.captures[index - 1]
        return None if span is None else subject[span[0]:span[1]]

    def __repr__(self):
        return f"MatchResult({self.start}, {self.end}, {self.captures})"


class CompiledRegExp:
    """A compiled pattern: ``group_count``, ``group_names`` (name -> index), ``match_at``."""
    __slots__ = ("source", "flags", "group_count", "group_names", "unicode", "max_steps",
                 "_state", "_matcher", "_python", "_first_char", "uses_python_re")

    def __init__(self, pattern, flags: str, max_steps: int, allow_python_re: bool = True):
        self.source = pattern.source
        self.flags = flags
        self.group_count = pattern.group_count
        self.group_names = dict(pattern.group_names)
        self.unicode = pattern.unicode
        self.max_steps = max_steps
        self._python = translate(pattern) if allow_python_re else None
        self.uses_python_re = self._python is not None
        self._state = MatchState(max_steps)
        self._matcher = None if self._python is not None else Compiler(pattern, self._state).compile()
        self._first_char = None

    # 22.2.2.1 the Matcher abstract closure, applied at one index
    def match_at(self, subject: str, index: int) -> MatchResult | None:
        python = self._python
        if python is not None:
            m = python.match(subject, index)
            if m is None:
                return None
            return _from_python(m, self.group_count)
        return self._run(subject, index, False)

    def search(self, subject: str, index: int) -> MatchResult | None:
        """The first match starting at or after ``index`` (advancing by code point with `u`)."""
        python = self._python
        if python is not None:
            m = python.search(subject, index)
            if m is None:
                return None
            return _from_python(m, self.group_count)
        return self._run(subject, index, True)

    def _run(self, subject: str, index: int, scan: bool) -> MatchResult | None:
        state = self._state
        state.s = subject
        n = state.n = len(subject)
        slots = 2 * self.group_count + 2
        matcher = self._matcher
        unicode = self.unicode
        old_limit = sys.getrecursionlimit()
        if old_limit < RECURSION_LIMIT:
            sys.setrecursionlimit(RECURSION_LIMIT)
        try:
            while index <= n:
                state.steps = 0
                caps = state.caps = [None] * slots
                end = matcher(index, _done)
                if end is not None:
                    captures = [None if caps[g] is None else (caps[g], caps[g + 1])
                                for g in range(2, slots, 2)]
                    return MatchResult(index, end, captures)
                if not scan:
                    return None
                if (unicode and index + 1 < n and "\ud800" <= subject[index] <= "\udbff"
                        and "\udc00" <= subject[index + 1] <= "\udfff"):
                    index += 2
                else:
                    index += 1
            return None
        except RecursionError:
            raise RegExpStackOverflow() from None
        finally:
            if old_limit < RECURSION_LIMIT:
                sys.setrecursionlimit(old_limit)
            state.s = ""
            state.caps = []


def _done(i):
    return i


def _from_python(m, group_count: int) -> MatchResult:
    spans = m.regs
    captures = [None if spans[g][0] < 0 else spans[g] for g in range(1, group_count + 1)]
    return MatchResult(spans[0][0], spans[0][1], captures)


_LOCAL = threading.local()   # per-thread cache: a CompiledRegExp's MatchState is not shareable


def compile_pattern(pattern: str, flags: str, max_steps: int = DEFAULT_MAX_STEPS,
                    allow_python_re: bool = True) -> CompiledRegExp:
    """Parse and compile /pattern/flags; RegExpSyntaxError (V8's short message) when invalid.

    ``allow_python_re=False`` forces the closure matcher (the differential tests use it)."""
    key = (pattern, flags, max_steps, allow_python_re)
    _CACHE = _LOCAL.__dict__.setdefault("cache", {})
    compiled = _CACHE.get(key)
    if compiled is not None:
        return compiled
    if not validate_flags(flags):
        raise RegExpSyntaxError("Invalid flags")
    parsed = parse_pattern(pattern, flags)
    compiled = CompiledRegExp(parsed, flags, max_steps, allow_python_re)
    if len(_CACHE) > 512:
        _CACHE.clear()
    _CACHE[key] = compiled
    return compiled
