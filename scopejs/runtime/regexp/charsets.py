"""Character sets and case folding for the matcher (22.2.2.7-22.2.2.9).

A set is a sorted tuple of disjoint inclusive ranges of code points (code units without `u`).
`CharSet.contains` is a bisect; small sets also keep a frozenset for O(1) tests.
"""
from __future__ import annotations

import base64
import zlib
from bisect import bisect_right
from scopejs.runtime.case_mapping import full_upper_case, simple_case_fold

MAX_CODE_POINT = 0x10FFFF
MAX_CODE_UNIT = 0xFFFF

# 22.2.2.9: WhiteSpace and LineTerminator code points (\s).
WHITESPACE_RANGES = ((0x09, 0x0D), (0x20, 0x20), (0xA0, 0xA0), (0x1680, 0x1680),
                     (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
                     (0x3000, 0x3000), (0xFEFF, 0xFEFF))
DIGIT_RANGES = ((0x30, 0x39),)
WORD_RANGES = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A))
# With `u` and `i`, \w also holds the characters whose simple case folding is a basic word
# character: U+017F (long s) and U+212A (Kelvin sign).
WORD_RANGES_IU = ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A), (0x17F, 0x17F),
                  (0x212A, 0x212A))
LINE_TERMINATORS = "\n\r\u2028\u2029"


def normalize(ranges) -> tuple:
    """Sort and merge (lo, hi) ranges into disjoint, non-adjacent ranges."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    return tuple((lo, hi) for lo, hi in out)


def complement(ranges, top: int) -> tuple:
    out = []
    prev = 0
    for lo, hi in ranges:
        if lo > prev:
            out.append((prev, lo - 1))
        prev = hi + 1
    if prev <= top:
        out.append((prev, top))
    return tuple(out)


class CharSet:
    """An immutable set of code points with a fast ``contains``."""
    __slots__ = ("ranges", "starts", "ends", "small")

    def __init__(self, ranges):
        self.ranges = ranges = normalize(ranges)
        self.starts = [lo for lo, _ in ranges]
        self.ends = [hi for _, hi in ranges]
        size = sum(hi - lo + 1 for lo, hi in ranges)
        self.small = frozenset(cp for lo, hi in ranges for cp in range(lo, hi + 1)) \
            if size <= 256 else None

    def contains(self, cp: int) -> bool:
        small = self.small
        if small is not None:
            return cp in small
        index = bisect_right(self.starts, cp) - 1
        return index >= 0 and cp <= self.ends[index]


# --- Unicode properties (generated data, decoded lazily) -----------------------------------------

_PROPERTIES: dict | None = None


def _load_properties() -> dict:
    global _PROPERTIES
    if _PROPERTIES is None:
        from scopejs.runtime.regexp.unicode_data import DATA
        text = zlib.decompress(base64.b85decode("".join(DATA))).decode()
        table = {}
        for line in text.split("\n"):
            key, _, body = line.partition("=")
            table[key] = body
        _PROPERTIES = table
    return _PROPERTIES


_DECODED: dict = {}


def property_ranges(key: str) -> tuple:
    """Ranges of a \\p{...} key such as 'gc:Letter', 'sc:Greek', 'bin:Alphabetic'."""
    ranges = _DECODED.get(key)
    if ranges is None:
        body = _load_properties().get(key, "")
        values = []
        total = 0
        for delta in body.split(",") if body else ():
            total += int(delta, 16)
            values.append(total)
        ranges = tuple(zip(values[0::2], values[1::2]))
        _DECODED[key] = ranges
    return ranges


# --- 22.2.2.7.3 Canonicalize ---------------------------------------------------------------------

def canonicalize_non_unicode(cp: int) -> int:
    """toUpperCase rule used without `u`: a single-code-unit result that does not map a non-ASCII
    character into ASCII."""
    upper = full_upper_case(cp)
    if len(upper) != 1:
        return cp
    cu = ord(upper)
    if cu > MAX_CODE_UNIT or (cp >= 128 and cu < 128):
        return cp
    return cu


def canonicalize_unicode(cp: int) -> int:
    """Simple case folding (CaseFolding.txt statuses C and S)."""
    return simple_case_fold(cp)


class CaseTable:
    """Canonicalize for one mode, with the equivalence classes a class needs under `i`."""
    __slots__ = ("canon", "groups", "members")

    def __init__(self, unicode: bool):
        fold = canonicalize_unicode if unicode else canonicalize_non_unicode
        top = 0x1FFFF if unicode else MAX_CODE_UNIT   # no cased characters above U+1E943
        canon = {}
        members: dict[int, set] = {}
        for cp in range(top + 1):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            c = fold(cp)
            if c != cp:
                canon[cp] = c
                group = members.get(c)
                if group is None:
                    group = members[c] = {c}
                group.add(cp)
        self.canon = canon            # only entries that differ from the identity
        self.groups = [tuple(sorted(g)) for g in members.values()]
        # canonical value -> every code point with that canonical value (non-trivial classes)
        self.members = {c: group for group in self.groups for c in group}

    def equivalents(self, cp: int) -> tuple:
        """Every code point whose Canonicalize equals Canonicalize(cp)."""
        return self.members.get(cp, (cp,))

    def close_over_case(self, ranges) -> tuple:
        """All code points whose canonical form is that of some member of ``ranges``."""
        charset = CharSet(ranges)
        extra = []
        for group in self.groups:
            if any(charset.contains(cp) for cp in group):
                extra.extend((cp, cp) for cp in group)
        return normalize(list(ranges) + extra)


_CASE_TABLES: dict = {}


def case_table(unicode: bool) -> CaseTable:
    table = _CASE_TABLES.get(unicode)
    if table is None:
        table = _CASE_TABLES[unicode] = CaseTable(unicode)
    return table


# --- class escapes and classes -------------------------------------------------------------------

def escape_ranges(escape, unicode: bool, ignore_case: bool) -> tuple:
    """The ranges of one ClassEscape node (\\d \\s \\w \\p{...} and their negations)."""
    kind = escape.kind
    if kind == "d":
        ranges = DIGIT_RANGES
    elif kind == "s":
        ranges = WHITESPACE_RANGES
    elif kind == "w":
        ranges = WORD_RANGES_IU if unicode and ignore_case else WORD_RANGES
    else:
        ranges = property_ranges(escape.prop)
    if escape.negated:
        ranges = complement(ranges, MAX_CODE_POINT if unicode else MAX_CODE_UNIT)
    return ranges


def class_ranges(node, unicode: bool, ignore_case: bool) -> tuple:
    """The code points a CharClass node matches, already closed over case and negated."""
    ranges = list(node.ranges)
    for escape in node.escapes:
        ranges.extend(escape_ranges(escape, unicode, ignore_case))
    ranges = normalize(ranges)
    if ignore_case:
        ranges = case_table(unicode).close_over_case(ranges)
    if node.negated:
        ranges = complement(ranges, MAX_CODE_POINT if unicode else MAX_CODE_UNIT)
    return ranges
