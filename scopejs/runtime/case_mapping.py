"""Unicode Default Case Conversion (toLowerCase / toUpperCase, locale-free) and simple case
folding, on the Unicode 17.0 tables of runtime/unicode_case.py (generated from the UCD by
tools/gen_unicode_case.py; one Unicode version with identifiers and RegExp properties, see
docs/unicode.md). Python's own str.lower/str.upper are Unicode 14 in 3.11 and are used only
for ASCII, where every version agrees.

Strings are UTF-16 code-unit strings (design.md "Values"): they are decoded to code points
first (a lone surrogate stays itself) and encoded back.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from scopejs.runtime.unicode_case import (
    CASE_IGNORABLE_RANGES, CASED_RANGES, LOWER, SIMPLE_FOLDING, UPPER,
)
from scopejs.source.text import to_code_units

__all__ = ["to_lower_case", "to_upper_case", "simple_case_fold", "full_upper_case"]

_CAPITAL_SIGMA = "\u03a3"
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _code_points(s: str) -> str:
    """The code points of a code-unit string: pairs joined, lone surrogates kept as they are
    (source.text.from_code_units is for output and replaces them)."""
    return _SURROGATE_PAIR.sub(
        lambda m: chr(0x10000 + ((ord(m.group()[0]) - 0xD800) << 10) + ord(m.group()[1]) - 0xDC00),
        s)


def _in_ranges(ranges: tuple, cp: int) -> bool:
    i = bisect_right(ranges, cp)
    return i % 2 == 1 or (i > 0 and ranges[i - 1] == cp)


def _is_final_sigma(text: str, i: int) -> bool:
    """SpecialCasing.txt's Final_Sigma condition at text[i] (Unicode 3.13, table 3-17): a
    cased letter, then case-ignorables, before; no case-ignorables then a cased letter after."""
    j = i - 1
    while j >= 0 and _in_ranges(CASE_IGNORABLE_RANGES, ord(text[j])):
        j -= 1
    if j < 0 or not _in_ranges(CASED_RANGES, ord(text[j])):
        return False
    j = i + 1
    while j < len(text) and _in_ranges(CASE_IGNORABLE_RANGES, ord(text[j])):
        j += 1
    return not (j < len(text) and _in_ranges(CASED_RANGES, ord(text[j])))


def to_lower_case(s: str) -> str:
    """The full lowercase mapping of a code-unit string (with the Final_Sigma context)."""
    if s.isascii():
        return s.lower()
    text = _code_points(s)
    if _CAPITAL_SIGMA in text:
        parts = []
        start = 0
        for i, ch in enumerate(text):
            if ch == _CAPITAL_SIGMA:
                parts.append(text[start:i].translate(LOWER))
                parts.append("\u03c2" if _is_final_sigma(text, i) else "\u03c3")
                start = i + 1
        parts.append(text[start:].translate(LOWER))
        return to_code_units("".join(parts))
    return to_code_units(text.translate(LOWER))


def to_upper_case(s: str) -> str:
    """The full uppercase mapping of a code-unit string."""
    if s.isascii():
        return s.upper()
    return to_code_units(_code_points(s).translate(UPPER))


def full_upper_case(cp: int) -> str:
    """toUppercase(« cp ») as code points (22.2.2.7.3 Canonicalize without u / v)."""
    return UPPER.get(cp) or chr(cp)


def simple_case_fold(cp: int) -> int:
    """scf(cp): CaseFolding.txt statuses C and S (22.2.2.7.3 Canonicalize with u / v)."""
    return SIMPLE_FOLDING.get(cp, cp)
