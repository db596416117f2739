"""Fast path: translate a pattern to Python ``re`` when the semantics are provably identical.

Python's ``sre`` is a backtracking matcher with the same priorities as 22.2.2 (leftmost
alternative first, greedy/lazy quantifiers, capture numbering by left parenthesis), so a pattern
translates when it avoids every construct where the two differ:

* no ``u`` flag (sre would see surrogate pairs as two characters);
* with ``i``, only ASCII pattern characters: JS's non-``u`` Canonicalize never maps between ASCII
  and non-ASCII, and Python's ``re.ASCII | re.IGNORECASE`` folds ASCII letters only, so the two
  agree exactly; classes built from escapes are closed under both foldings;
* no backreferences (JS: an unset group matches empty, a forward reference matches empty);
* no lookbehind (sre needs fixed width and matches it forward);
* no captures inside lookaheads, no quantified lookahead (Annex B);
* every quantified body must consume at least one character (JS's empty check differs from
  sre's), and captures inside a repeated body only when the body is exactly one group without
  nested groups (JS resets captures per iteration; this shape sets them in every iteration);
* ``^ $ . \\b \\s \\w \\d`` are spelled out with JS's definitions.

sre cannot be interrupted, so patterns that could backtrack exponentially (nested repetition or
overlapping alternatives under a repeat) stay on the closure matcher, which counts steps.
"""
from __future__ import annotations

import re

from scopejs.parsing.regexp_syntax import (Assertion, BackReference, Char, CharClass, Disjunction,
                                           Dot, Group, Lookaround, Quantifier)
from scopejs.runtime.regexp.charsets import (LINE_TERMINATORS, MAX_CODE_UNIT, CharSet, class_ranges,
                                             complement, normalize)

MAX_PYTHON_REPEAT = 1 << 30
_DOT_RANGES = complement(normalize((ord(c), ord(c)) for c in LINE_TERMINATORS), MAX_CODE_UNIT)
_ALL = ((0, MAX_CODE_UNIT),)


class _Unsupported(Exception):
    pass


def translate(pattern):
    """A compiled Python regex with identical semantics, or None."""
    if pattern.unicode:
        return None
    try:
        source = _Translator(pattern).disjunction(pattern.body)
        return re.compile(source, re.ASCII | (re.IGNORECASE if pattern.ignore_case else 0))
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return None


def _char(cp: int) -> str:
    if cp < 128 and (chr(cp).isalnum() or chr(cp) == "_"):
        return chr(cp)
    return "\\x%02x" % cp if cp < 256 else "\\u%04x" % cp


def _ranges_source(ranges) -> str:
    if not ranges:
        return "(?!)"
    if ranges == _ALL:
        return "[\\s\\S]"
    parts = []
    for lo, hi in ranges:
        if lo == hi:
            parts.append(_char(lo))
        else:
            parts.append(_char(lo) + "-" + _char(hi))
    return "[" + "".join(parts) + "]"


class _Translator:
    __slots__ = ("ignore_case", "multiline", "dot_all")

    def __init__(self, pattern):
        self.ignore_case = pattern.ignore_case
        self.multiline = pattern.multiline
        self.dot_all = pattern.dot_all

    def disjunction(self, node: Disjunction) -> str:
        return "|".join(self.sequence(terms) for terms in node.alternatives)

    def sequence(self, terms) -> str:
        return "".join(self.term(term) for term in terms)

    def term(self, node) -> str:
        if isinstance(node, Char):
            if self.ignore_case and node.value >= 128:
                raise _Unsupported()
            return _char(node.value)
        if isinstance(node, Dot):
            return "[\\s\\S]" if self.dot_all else _ranges_source(_DOT_RANGES)
        if isinstance(node, CharClass):
            if self.ignore_case and any(hi >= 128 for _lo, hi in node.ranges):
                raise _Unsupported()
            if not node.negated:
                return _ranges_source(class_ranges(node, False, False))
            # Let sre negate after folding case, as Canonicalize-then-invert does.
            ranges = class_ranges(CharClass(False, node.ranges, node.escapes), False, False)
            if not ranges:
                return "[\\s\\S]"
            return "[^" + _ranges_source(ranges)[1:]
        if isinstance(node, Assertion):
            kind = node.kind
            if kind == "^":
                return "(?<![^\\n\\r\\u2028\\u2029])" if self.multiline else "(?<![\\s\\S])"
            if kind == "$":
                return "(?![^\\n\\r\\u2028\\u2029])" if self.multiline else "(?![\\s\\S])"
            # sre's \B never matches in an empty string; JS's does.
            return "\\b" if kind == "b" else "(?:(?<=\\w)(?=\\w)|(?<!\\w)(?!\\w))"
        if isinstance(node, Group):
            return "(" + self.disjunction(node.body) + ")"
        if isinstance(node, Disjunction):
            return "(?:" + self.disjunction(node) + ")"
        if isinstance(node, Lookaround):
            if node.behind or _has_group(node.body):
                raise _Unsupported()
            return ("(?!" if node.negated else "(?=") + self.disjunction(node.body) + ")"
        if isinstance(node, Quantifier):
            return self.quantifier(node)
        if isinstance(node, BackReference):
            raise _Unsupported()
        raise _Unsupported()

    def quantifier(self, node: Quantifier) -> str:
        body = node.body
        if isinstance(body, (Lookaround, Assertion)):
            raise _Unsupported()
        if _min_length(body) == 0:
            raise _Unsupported()
        lo, hi = node.min, node.max
        if lo >= MAX_PYTHON_REPEAT or (hi is not None and hi >= MAX_PYTHON_REPEAT):
            raise _Unsupported()
        repeats = hi is None or hi > 1
        if node.group_count:
            if repeats and not (isinstance(body, Group) and not _has_group(body.body)):
                raise _Unsupported()
        if repeats and not _is_single_char(body):
            self.check_linear(body)
        if hi is None:
            suffix = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
        elif lo == 0 and hi == 1:
            suffix = "?"
        elif lo == hi:
            suffix = "{%d}" % lo
        else:
            suffix = "{%d,%d}" % (lo, hi)
        if not node.greedy:
            suffix += "?"
        return "(?:" + self.term(body) + ")" + suffix

    def check_linear(self, body):
        """Refuse a repeated body whose iterations could split the input in many ways."""
        first = self.first_set(body)
        if first is None:
            raise _Unsupported()
        for inner in _walk(body):
            if isinstance(inner, Quantifier) and (inner.max is None or inner.max > 1):
                if not _is_single_char(inner.body):
                    raise _Unsupported()
                chars = self.char_set(inner.body)
                if chars is None or _intersects(chars, first):
                    raise _Unsupported()
            elif isinstance(inner, Disjunction) and len(inner.alternatives) > 1:
                sets = [self.sequence_first_set(alt) for alt in inner.alternatives]
                if any(s is None for s in sets):
                    raise _Unsupported()
                for a in range(len(sets)):
                    for b in range(a + 1, len(sets)):
                        if _intersects(sets[a], sets[b]):
                            raise _Unsupported()

    # -- first-character sets (ranges), None when unknown
    def char_set(self, node):
        if isinstance(node, Char):
            ranges = ((node.value, node.value),)
        elif isinstance(node, Dot):
            ranges = _ALL if self.dot_all else _DOT_RANGES
        elif isinstance(node, CharClass):
            ranges = class_ranges(node, False, False)
        else:
            return None
        if self.ignore_case:
            extra = []
            for lo, hi in ranges:
                for cp in range(max(lo, 0x41), min(hi, 0x7A) + 1):
                    ch = chr(cp)
                    if ch.isalpha():
                        extra.append((ord(ch.swapcase()), ord(ch.swapcase())))
            ranges = normalize(list(ranges) + extra)
        return ranges

    def first_set(self, node):
        if isinstance(node, (Char, Dot, CharClass)):
            return self.char_set(node)
        if isinstance(node, Group):
            node = node.body
        if isinstance(node, Disjunction):
            out = []
            for alternative in node.alternatives:
                first = self.sequence_first_set(alternative)
                if first is None:
                    return None
                out.extend(first)
            return normalize(out)
        if isinstance(node, Quantifier) and node.min >= 1:
            return self.first_set(node.body)
        return None

    def sequence_first_set(self, terms):
        if not terms:
            return None
        return self.first_set(terms[0])


def _is_single_char(node) -> bool:
    return isinstance(node, (Char, Dot, CharClass))


def _intersects(a, b) -> bool:
    charset = CharSet(b)
    for lo, hi in a:
        if hi - lo > 512:
            # Large range: compare bounds against b's ranges.
            if any(lo <= bhi and blo <= hi for blo, bhi in b):
                return True
            continue
        for cp in range(lo, hi + 1):
            if charset.contains(cp):
                return True
    return False


def _walk(node):
    """Every node below ``node`` (inclusive)."""
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        if isinstance(current, Disjunction):
            for alternative in current.alternatives:
                stack.extend(alternative)
        elif isinstance(current, (Group, Lookaround)):
            stack.append(current.body)
        elif isinstance(current, Quantifier):
            stack.append(current.body)


def _has_group(node) -> bool:
    return any(isinstance(n, Group) for n in _walk(node))


def _min_length(node) -> int:
    if isinstance(node, (Char, Dot, CharClass)):
        return 1
    if isinstance(node, (Assertion, Lookaround, BackReference)):
        return 0
    if isinstance(node, Group):
        return _min_length(node.body)
    if isinstance(node, Disjunction):
        return min(sum(_min_length(t) for t in alternative) for alternative in node.alternatives)
    if isinstance(node, Quantifier):
        return node.min * _min_length(node.body)
    return 0
