"""SourceText: the program as UTF-16 code units, with line/column lookup and code frames."""
from __future__ import annotations

import bisect
import re
import sys
from array import array

_LINE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def to_code_units(text: str) -> str:
    """Represent astral characters as surrogate pairs, so len() counts UTF-16 code units."""
    if not _ASTRAL.search(text):
        return text
    if len(text) < 64:
        return _ASTRAL.sub(lambda m: _split_astral(m.group()), text)
    # Long text: encode once and read the 16-bit units back (lone surrogates pass through).
    units = array("H")
    units.frombytes(text.encode("utf-16-le", "surrogatepass"))
    if sys.byteorder != "little":
        units.byteswap()
    return "".join(map(chr, units))


def _split_astral(char: str) -> str:
    cp = ord(char) - 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def from_code_units(text: str) -> str:
    """Join surrogate pairs back into characters for output (lone surrogates are kept)."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace") \
        if _has_pair(text) else text


def _has_pair(text: str) -> bool:
    return any("\ud800" <= ch <= "\udbff" for ch in text)


class SourceText:
    """A script or module's text (already in code units) and its name, e.g. a file path."""

    __slots__ = ("text", "name", "_line_starts")
    natives_syntax = False   # V8's --allow-natives-syntax: `%Name(args)` calls an intrinsic

    def __init__(self, text: str, name: str = "<input>"):
        self.text = text
        self.name = name
        self._line_starts: list[int] | None = None

    @classmethod
    def from_str(cls, text: str, name: str = "<input>") -> "SourceText":
        return cls(to_code_units(text), name)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            starts = [0]
            starts.extend(m.end() for m in _LINE_BREAK.finditer(self.text))
            self._line_starts = starts
        return self._line_starts

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a code-unit offset: line 1-based, column 0-based, as acorn does."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index]

    def line_text(self, line: int) -> str:
        starts = self.line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n\u2028\u2029")

    def location(self, offset: int) -> str:
        line, column = self.position(offset)
        return f"{self.name}:{line}:{column + 1}"

    def code_frame(self, offset: int) -> str:
        """The source line holding offset, and a caret under the column (as node prints)."""
        line, column = self.position(offset)
        text = self.line_text(line)
        if len(text) > 200:  # keep huge minified lines readable
            lo = max(0, column - 80)
            text, column = text[lo:lo + 160], column - lo
        return f"{from_code_units(text)}\n{' ' * column}^"


class NativesSyntaxSourceText(SourceText):
    """A source text parsed with V8's --allow-natives-syntax (`%OptimizeFunctionOnNextCall(f)`)."""
    __slots__ = ()
    natives_syntax = True
