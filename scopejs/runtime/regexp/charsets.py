"""Character sets and case folding for the matcher (22.2.2.7-22.2.2.9).

A set is a sorted tuple of disjoint inclusive ranges of code points (code units without `u`).
`CharSet.contains` is a bisect; small sets also keep a frozenset for O(1) tests.
"""
from __future__ import annotations

import base64
import zlib
from bisect import bisect_right
from scopejs.parsing.regexp_syntax import CharClass, ClassEscape, ClassStringDisjunction
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


_STRINGS: dict = {}


def property_strings(name: str) -> tuple:
    """A property of strings (v flag, 22.2.2.9 table 70) as (ranges of its one-code-point
    strings, frozenset of its longer strings as tuples of code points)."""
    value = _STRINGS.get(name)
    if value is None:
        body = _load_properties()["str:" + name]
        singles = []
        longer = set()
        for item in body.split(";"):
            string = tuple(int(cp, 16) for cp in item.split(","))
            if len(string) == 1:
                singles.append((string[0], string[0]))
            else:
                longer.add(string)
        value = _STRINGS[name] = (normalize(singles), frozenset(longer))
    return value


def intersect(a, b) -> tuple:
    """The intersection of two normalized range tuples."""
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def difference(a, b, top: int = MAX_CODE_POINT) -> tuple:
    return intersect(a, complement(b, top))


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
    if node.expression is not None:
        ranges, strings = class_set_contents(node, ignore_case)
        assert not strings, "a class that may contain strings is a ClassStrings node"
        return ranges
    ranges = list(node.ranges)
    for escape in node.escapes:
        ranges.extend(escape_ranges(escape, unicode, ignore_case))
    ranges = normalize(ranges)
    if ignore_case:
        ranges = case_table(unicode).close_over_case(ranges)
    if node.negated:
        ranges = complement(ranges, MAX_CODE_POINT if unicode else MAX_CODE_UNIT)
    return ranges


# --- the v flag: ClassSetExpression (22.2.2.9 CompileToCharSet with [[UnicodeSets]]) ------------
# A CharSet is (ranges, strings): the one-code-point elements as ranges, the others (empty or
# longer) as a frozenset of code point tuples.

def class_set_contents(node, ignore_case: bool) -> tuple:
    """What a ``v``-mode CharClass matches: (ranges, strings), the ranges closed over case under
    ``i`` (CharacterSetMatcher compares Canonicalize of both sides) and the strings folded."""
    ranges, strings = _class_set(node, ignore_case)
    if ignore_case:
        ranges = case_table(True).close_over_case(ranges)
    return ranges, strings


def _fold(ranges) -> tuple:
    """22.2.2.9.5 MaybeSimpleCaseFolding of single characters: scf of each."""
    canon = case_table(True).canon
    charset = CharSet(ranges)
    moved = [cp for cp in canon if charset.contains(cp)]
    if not moved:
        return ranges
    kept = difference(ranges, normalize((cp, cp) for cp in moved))
    return normalize(list(kept) + [(canon[cp], canon[cp]) for cp in moved])


def _fold_strings(strings, ignore_case: bool) -> frozenset:
    if not ignore_case:
        return frozenset(strings)
    canon = case_table(True).canon
    return frozenset(tuple(canon.get(cp, cp) for cp in string) for string in strings)


def _character_complement(ranges, ignore_case: bool) -> tuple:
    """22.2.2.9.4 CharacterComplement: AllCharacters (with v and i: the code points that are
    their own simple case folding) not in ``ranges``."""
    out = complement(ranges, MAX_CODE_POINT)
    if ignore_case:
        canon = case_table(True).canon
        out = difference(out, normalize((cp, cp) for cp in canon))
    return out


def _class_set(node, ignore_case: bool) -> tuple:
    """A nested or top-level ``v`` class: [ ClassContents ] or [^ ClassContents ]."""
    ranges, strings = _expression(node.expression, ignore_case)
    if node.negated:
        return _character_complement(ranges, ignore_case), frozenset()
    return ranges, strings


def _expression(expression, ignore_case: bool) -> tuple:
    values = [_operand(operand, ignore_case) for operand in expression.operands]
    if not values:
        return (), frozenset()
    ranges, strings = values[0]
    op = expression.op
    for other_ranges, other_strings in values[1:]:
        if op == "union":
            ranges = normalize(list(ranges) + list(other_ranges))
            strings = strings | other_strings
        elif op == "intersection":
            ranges = intersect(ranges, other_ranges)
            strings = strings & other_strings
        else:
            ranges = difference(ranges, other_ranges)
            strings = strings - other_strings
    return ranges, strings


def _operand(operand, ignore_case: bool) -> tuple:
    if isinstance(operand, tuple):                       # ClassSetCharacter or ClassSetRange
        ranges = (operand,)
        return (_fold(ranges) if ignore_case else ranges), frozenset()
    if isinstance(operand, CharClass):
        return _class_set(operand, ignore_case)
    if isinstance(operand, ClassStringDisjunction):
        strings = _fold_strings(operand.strings, ignore_case)
        singles = normalize((s[0], s[0]) for s in strings if len(s) == 1)
        return singles, frozenset(s for s in strings if len(s) != 1)
    assert isinstance(operand, ClassEscape)
    if operand.prop is not None and operand.prop.startswith("str:"):
        singles, strings = property_strings(operand.prop[4:])
        if ignore_case:
            singles, strings = _fold(singles), _fold_strings(strings, True)
        return singles, strings
    if operand.kind == "p":
        ranges = property_ranges(operand.prop)
        if ignore_case:
            ranges = _fold(ranges)
    elif operand.kind == "d":
        ranges = DIGIT_RANGES
    elif operand.kind == "s":
        ranges = WHITESPACE_RANGES
    else:
        ranges = WORD_RANGES_IU if ignore_case else WORD_RANGES
    if operand.negated:
        ranges = _character_complement(ranges, ignore_case)
    return ranges, frozenset()
