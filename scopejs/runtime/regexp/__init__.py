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

import re
import sys
import threading
from array import array, typecodes
from bisect import bisect_right

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
    """A compiled pattern: ``group_count``, ``group_names`` (name -> group indices), ``match_at``."""
    __slots__ = ("source", "flags", "group_count", "group_names", "unicode", "max_steps",
                 "_state", "_matcher", "_python", "_first_char", "uses_python_re")

    def __init__(self, pattern, flags: str, max_steps: int, allow_python_re: bool = True):
        self.source = pattern.source
        self.flags = flags
        self.group_count = pattern.group_count
        self.group_names = dict(pattern.group_names)
        self.unicode = pattern.unicode
        self.max_steps = max_steps
        self._python = translate(pattern) if allow_python_re else None   # over code points with u
        self.uses_python_re = self._python is not None
        self._state = MatchState(max_steps)
        self._matcher = None if self._python is not None else Compiler(pattern, self._state).compile()
        self._first_char = None

    # 22.2.2.1 the Matcher abstract closure, applied at one index
    def match_at(self, subject: str, index: int) -> MatchResult | None:
        python = self._python
        if python is not None:
            if self.unicode:
                view = code_point_view(subject)
                m = python.match(view.text, view.to_point(index))
                return None if m is None else view.result(m, self.group_count)
            m = python.match(subject, index)
            if m is None:
                return None
            return _from_python(m, self.group_count)
        return self._run(subject, index, False)

    def search(self, subject: str, index: int) -> MatchResult | None:
        """The first match starting at or after ``index`` (advancing by code point with `u`)."""
        python = self._python
        if python is not None:
            if self.unicode:
                view = code_point_view(subject)
                m = python.search(view.text, view.to_point(index))
                return None if m is None else view.result(m, self.group_count)
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


_SURROGATE = re.compile("[\ud800-\udfff]")
_WIDE = "w" if "w" in typecodes else "u"     # Py_UCS4 ('u' is wchar_t, deprecated in 3.13)
_CHUNK = 4096                                # code points between two index checkpoints


def _decode(units: str) -> str:
    """UTF-16 code units -> code points (pairs joined, lone surrogates kept).  ``str.encode``
    with surrogatepass calls its error handler for every surrogate, so the code units are
    laid out as 16-bit integers through an array instead."""
    wide = array(_WIDE, units)
    little = sys.byteorder == "little"
    if wide.itemsize == 2:
        data = wide.tobytes()
    else:
        data = memoryview(wide).cast("B").cast("H")[0 if little else 1::2].tobytes()
    return data.decode("utf-16-le" if little else "utf-16-be", "surrogatepass")


def _unit_length(points: str) -> int:
    """How many UTF-16 code units the code points ``points`` take."""
    return len(points.encode("utf-16-le", "surrogatepass")) >> 1


class CodePointView:
    """A subject as the list of code points that matching with `u` reads (22.2.7.2 step 12:
    surrogate pairs joined, lone surrogates kept), as a Python string, with the maps between
    its indices and the subject's code-unit indices (through a checkpoint every _CHUNK code
    points, so that mapping a match's bounds is O(_CHUNK), not O(n))."""
    __slots__ = ("subject", "text", "identity", "checkpoints")

    def __init__(self, subject: str):
        self.subject = subject
        text = subject if subject.isascii() or not _SURROGATE.search(subject) else _decode(subject)
        self.text = text
        self.identity = len(text) == len(subject)
        self.checkpoints = None

    def _checkpoints(self) -> list:
        """checkpoints[k]: the code-unit index of code point k * _CHUNK."""
        table = self.checkpoints
        if table is None:
            text = self.text
            table = [0]
            for start in range(0, len(text), _CHUNK):
                table.append(table[-1] + _unit_length(text[start:start + _CHUNK]))
            self.checkpoints = table
        return table

    def to_point(self, unit: int) -> int:
        """The code-point index of code unit ``unit`` (inside a pair: the pair's)."""
        if self.identity:
            return unit
        subject = self.subject
        if (0 < unit < len(subject) and "\udc00" <= subject[unit] <= "\udfff"
                and "\ud800" <= subject[unit - 1] <= "\udbff"):
            unit -= 1
        table = self._checkpoints()
        k = bisect_right(table, unit) - 1
        return k * _CHUNK + len(_decode(subject[table[k]:unit]))

    def to_unit(self, point: int) -> int:
        if self.identity:
            return point
        k = point // _CHUNK
        return self._checkpoints()[k] + _unit_length(self.text[k * _CHUNK:point])

    def result(self, m, group_count: int) -> MatchResult:
        if self.identity:
            return _from_python(m, group_count)
        spans = m.regs
        to_unit = self.to_unit
        captures = [None if spans[g][0] < 0 else (to_unit(spans[g][0]), to_unit(spans[g][1]))
                    for g in range(1, group_count + 1)]
        return MatchResult(to_unit(spans[0][0]), to_unit(spans[0][1]), captures)


_LAST_VIEW: list = [None]    # the last subject's view: exec loops reuse one subject


def code_point_view(subject: str) -> CodePointView:
    view = _LAST_VIEW[0]
    if view is None or view.subject is not subject:
        view = _LAST_VIEW[0] = CodePointView(subject)
    return view


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
