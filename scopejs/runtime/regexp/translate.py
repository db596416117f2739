"""Fast path: translate a pattern to Python ``re`` when the semantics are provably identical.

Python's ``sre`` is a backtracking matcher with the same priorities as 22.2.2 (leftmost
alternative first, greedy/lazy quantifiers, capture numbering by left parenthesis), so a pattern
translates when it avoids every construct where the two differ:

* with ``u`` (or ``v``) the pattern is matched against the subject's *code points* (22.2.7.2:
  the Input is the list of code points; a surrogate pair becomes one Python character, a lone
  surrogate stays itself), so sre's one-character steps are the spec's and ``search`` advances
  as AdvanceStringIndex does; CompiledRegExp converts indices back to code units;
* with ``i``, sre's own case folding is not used at all: every pattern character and class is
  emitted as its explicit closure under JS's Canonicalize (charsets.class_ranges), which is
  exactly the CharacterSetMatcher test;
* no backreferences (JS: an unset group matches empty, a forward reference matches empty, and
  `i` compares with Canonicalize);
* no lookbehind (sre needs fixed width and matches it forward);
* no captures inside lookaheads, no quantified lookahead (Annex B);
* every quantified body must consume at least one character (JS's empty check differs from
  sre's), and captures inside a repeated body only when the body is exactly one group without
  nested groups (JS resets captures per iteration; this shape sets them in every iteration);
* ``^ $ . \\b \\s \\w \\d`` are spelled out with JS's definitions.

sre cannot be interrupted, so a pattern stays on the closure matcher (which counts steps) unless
every repeated body is unambiguous: inside it, alternatives start with disjoint characters, an
optional or repeated part never overlaps what can follow it, and nested repetition is of single
characters only.  Then each iteration can end in only one way, so backtracking is polynomial.
"""
from __future__ import annotations

import re

from scopejs.parsing.regexp_syntax import (Assertion, BackReference, Char, CharClass, ClassStrings,
                                           Disjunction, Dot, Group, Lookaround, Modifiers,
                                           Quantifier)
from scopejs.runtime.regexp.charsets import (LINE_TERMINATORS, MAX_CODE_POINT, MAX_CODE_UNIT,
                                             case_table,
                                             class_ranges, complement, normalize)

MAX_PYTHON_REPEAT = 1 << 30
_DOT_RANGES = complement(normalize((ord(c), ord(c)) for c in LINE_TERMINATORS), MAX_CODE_UNIT)
_ALL = ((0, MAX_CODE_UNIT),)


class _Unsupported(Exception):
    pass


def translate(pattern):
    """A compiled Python regex with identical semantics, or None.  With ``u`` the regex is
    over code points (see the module docstring)."""
    try:
        source = _Translator(pattern).disjunction(pattern.body)
        return re.compile(source, re.ASCII)
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return None


def _char(cp: int) -> str:
    if cp < 128 and (chr(cp).isalnum() or chr(cp) == "_"):
        return chr(cp)
    if cp < 256:
        return "\\x%02x" % cp
    return "\\u%04x" % cp if cp <= MAX_CODE_UNIT else "\\U%08x" % cp


def _ranges_body(ranges) -> str:
    parts = []
    for lo, hi in ranges:
        if lo == hi:
            parts.append(_char(lo))
        elif lo + 1 == hi:
            parts.append(_char(lo) + _char(hi))
        else:
            parts.append(_char(lo) + "-" + _char(hi))
    return "".join(parts)


def _ranges_source(ranges, top: int) -> str:
    """A character class for ranges of characters up to ``top`` (the largest code unit, or
    code point with ``u``); large sets are written as a negated complement (sre's charset
    optimizer is slow on wide ranges; subjects hold no character above ``top``)."""
    if not ranges:
        return "(?!)"
    if ranges == ((0, top),):
        return "[\\s\\S]"
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return _char(ranges[0][0])
    if ranges[-1][1] > MAX_CODE_UNIT:
        # sre tests characters above the BMP against its list of ranges in order (the BMP part
        # is a bitmap): widest ranges first make the common members cheap to find.
        return "[" + _ranges_body(sorted(ranges, key=lambda r: r[0] - r[1])) + "]"
    if ranges[-1][1] == top or ranges[0][0] == 0:
        rest = complement(ranges, top)
        if len(rest) <= len(ranges):
            return "[^" + _ranges_body(rest) + "]"
    return "[" + _ranges_body(ranges) + "]"


_ALL_CODE_POINTS = ((0, MAX_CODE_POINT),)
_DOT_RANGES_U = complement(normalize((ord(c), ord(c)) for c in LINE_TERMINATORS), MAX_CODE_POINT)


class _Translator:
    __slots__ = ("ignore_case", "multiline", "dot_all", "case", "unicode")

    def __init__(self, pattern):
        self.ignore_case = pattern.ignore_case
        self.multiline = pattern.multiline
        self.dot_all = pattern.dot_all
        self.unicode = pattern.unicode
        self.case = case_table(pattern.unicode) if pattern.ignore_case else None

    def disjunction(self, node: Disjunction) -> str:
        return "|".join(self.sequence(terms) for terms in node.alternatives)

    def sequence(self, terms) -> str:
        return "".join(self.term(term) for term in terms)

    def term(self, node) -> str:
        if isinstance(node, (Char, Dot, CharClass)):
            return _ranges_source(self.char_set(node),
                                  MAX_CODE_POINT if self.unicode else MAX_CODE_UNIT)
        if isinstance(node, Assertion):
            kind = node.kind
            if kind == "^":
                return "(?<![^\\n\\r\\u2028\\u2029])" if self.multiline else "(?<![\\s\\S])"
            if kind == "$":
                return "(?![^\\n\\r\\u2028\\u2029])" if self.multiline else "(?![\\s\\S])"
            if self.unicode and self.ignore_case:
                raise _Unsupported()    # \b's word characters include U+017F and U+212A
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
        if isinstance(node, Modifiers):
            # Spelled out like the rest: the body's characters, classes and assertions are
            # emitted under the modified flags (sre's own inline flags are not used).
            saved = self.ignore_case, self.multiline, self.dot_all, self.case
            self.ignore_case = "i" in node.add or (self.ignore_case and "i" not in node.remove)
            self.multiline = "m" in node.add or (self.multiline and "m" not in node.remove)
            self.dot_all = "s" in node.add or (self.dot_all and "s" not in node.remove)
            self.case = case_table(self.unicode) if self.ignore_case else None
            try:
                return "(?:" + self.disjunction(node.body) + ")"
            finally:
                self.ignore_case, self.multiline, self.dot_all, self.case = saved
        raise _Unsupported()    # BackReference, ClassStrings

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
        if repeats and not _is_single_char(body) and (hi is None or hi > 3):
            # (At most three iterations can only split the input polynomially.)
            first = self.first_set(body)
            if first is None:
                raise _Unsupported()
            self.check_unambiguous(body, first)
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

    # -- ambiguity check for repeated bodies
    def check_unambiguous(self, node, follow):
        """``follow``: the characters that can come right after ``node`` inside the iteration
        (the next iteration's first characters at the end of the body); None = unknown."""
        if isinstance(node, Modifiers):
            raise _Unsupported()    # its body's sets depend on other flags: not analysed
        if isinstance(node, Group):
            node = node.body
        if isinstance(node, Disjunction):
            alternatives = node.alternatives
            if len(alternatives) > 1:
                sets = [self.sequence_first_set(alt, follow) for alt in alternatives]
                if any(s is None for s in sets):
                    raise _Unsupported()
                for a in range(len(sets)):
                    for b in range(a + 1, len(sets)):
                        if _intersects(sets[a], sets[b]):
                            raise _Unsupported()
            for alternative in alternatives:
                for index, term in enumerate(alternative):
                    self.check_unambiguous(term, self.sequence_first_set(alternative[index + 1:],
                                                                         follow))
        elif isinstance(node, Quantifier):
            if node.max is None or node.max > 1:
                if not _is_single_char(node.body):
                    raise _Unsupported()
                chars = self.char_set(node.body)
                if follow is None or _intersects(chars, follow):
                    raise _Unsupported()
            else:
                if node.min == 0:
                    first = self.first_set(node.body)
                    if first is None or follow is None or _intersects(first, follow):
                        raise _Unsupported()
                self.check_unambiguous(node.body, follow)

    # -- character sets (ranges of code units), None when unknown
    def char_set(self, node):
        if isinstance(node, Char):
            if self.case is not None:
                return normalize((cp, cp) for cp in self.case.equivalents(node.value))
            return ((node.value, node.value),)
        if isinstance(node, Dot):
            if self.unicode:
                return _ALL_CODE_POINTS if self.dot_all else _DOT_RANGES_U
            return _ALL if self.dot_all else _DOT_RANGES
        if isinstance(node, CharClass):
            return class_ranges(node, self.unicode, self.ignore_case)
        return None

    def first_set(self, node):
        if isinstance(node, (Char, Dot, CharClass)):
            return self.char_set(node)
        if isinstance(node, Group):
            node = node.body
        if isinstance(node, Disjunction):
            out = []
            for alternative in node.alternatives:
                first = self.sequence_first_set(alternative, None)
                if first is None:
                    return None
                out.extend(first)
            return normalize(out)
        if isinstance(node, Quantifier) and node.min >= 1:
            return self.first_set(node.body)
        return None

    def sequence_first_set(self, terms, follow):
        """First characters of ``terms`` followed by ``follow`` (None = unknown)."""
        out = []
        for term in terms:
            if isinstance(term, (Assertion, Lookaround)):
                continue     # zero-width: the next character is still one of what follows
            if isinstance(term, Quantifier) and term.min == 0:
                first = self.first_set(term.body)
                if first is None:
                    return None
                out.extend(first)
                continue
            first = self.first_set(term)
            if first is None:
                return None
            out.extend(first)
            return normalize(out)
        if follow is None:
            return None
        out.extend(follow)
        return normalize(out)


def _is_single_char(node) -> bool:
    return isinstance(node, (Char, Dot, CharClass))


def _intersects(a, b) -> bool:
    for lo, hi in a:
        for blo, bhi in b:
            if lo <= bhi and blo <= hi:
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
        elif isinstance(current, (Group, Lookaround, Quantifier, Modifiers)):
            stack.append(current.body)


def _has_group(node) -> bool:
    return any(isinstance(n, Group) for n in _walk(node))


def _min_length(node) -> int:
    if isinstance(node, (Char, Dot, CharClass)):
        return 1
    if isinstance(node, (Assertion, Lookaround, BackReference, ClassStrings)):
        return 0
    if isinstance(node, (Group, Modifiers)):
        return _min_length(node.body)
    if isinstance(node, Disjunction):
        return min(sum(_min_length(t) for t in alternative) for alternative in node.alternatives)
    if isinstance(node, Quantifier):
        return node.min * _min_length(node.body)
    return 0
