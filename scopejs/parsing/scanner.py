"""12 ECMAScript Language: Lexical Grammar - the scanner.

The scanner is a mixin of the Parser: the current token lives in the parser's own attributes
(``type``, ``value``, ``start``, ``end``, ``nl`` = a line terminator precedes it, ``esc`` = an
identifier contained a unicode escape), so reading it costs one attribute load.

Speed: one compiled master regex (``_TOKEN``) recognises the common tokens preceded by horizontal
white space; anything else (line breaks, comments, escapes, templates, non-ASCII identifiers,
unusual numbers, errors) takes the slow path, which is exact.

Regex literal vs division and template continuation are decided by the parser (goal symbols
InputElementRegExp / InputElementTemplateTail): the scanner always returns '/', '/=' and '}',
and the parser calls ``read_regexp`` / ``read_template_continuation`` to re-scan.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from scopejs.errors import EngineInternalError, JSSyntaxError
from scopejs.parsing.unicode_id import ID_CONTINUE_RANGES, ID_START_RANGES
from scopejs.syntax.tokens import KEYWORDS, PUNCTUATORS

_HWS = "\t\x0b\x0c \xa0\ufeff\u1680\u2000-\u200a\u202f\u205f\u3000"
_LT = "\n\r\u2028\u2029"

# Punctuators come from the token table, longest first.  Lookaheads keep the fast path exact:
# `?.` before a digit is `?` `.5`; `.` before a digit starts a number; `/` before `/` or `*`
# starts a comment; `<!--` and `-->` may be HTML-like comments (B.1.1), left to the slow path.
_PUNCT_LOOKAHEAD = {"?.": "(?![0-9])", ".": "(?![0-9])"}
_FAST_PUNCT_LOOKAHEAD = dict(_PUNCT_LOOKAHEAD, **{"/": "(?![/*])", "--": "(?!>)", "-": "(?!->)",
                                                  "<": "(?!!--)"})


def _punct_pattern(lookahead: dict) -> str:
    ordered = sorted(PUNCTUATORS, key=len, reverse=True)
    return "|".join(re.escape(p) + lookahead.get(p, "") for p in ordered)


_TOKEN_BODY = (
    "(?:"
    r"([A-Za-z_$][A-Za-z0-9_$]*+)(?![\x80-\U0010ffff\\])"                        # 1 name
    "|(" + _punct_pattern(_FAST_PUNCT_LOOKAHEAD) + ")"                            # 2 punct
    r"|((?:[1-9][0-9]*|0)(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?"
    r"(?![0-9A-Za-z_$\\\x80-\U0010ffff.]))"                                      # 3 number
    r"|\"([^\"\\\n\r]*)\"|'([^'\\\n\r]*)')"                                     # 4, 5 string
)
# A token after horizontal white space only / after white space holding a line terminator.
_TOKEN = re.compile("[" + _HWS + "]*" + _TOKEN_BODY)
_TOKEN_NL = re.compile("[" + _HWS + "]*[" + _LT + "][" + _HWS + _LT + "]*" + _TOKEN_BODY)
_SKIP = re.compile(
    "(?:[" + _HWS + _LT + r"]+|//[^" + _LT + r"]*|/\*[\s\S]*?\*/)*")
_NEWLINE = re.compile("[" + _LT + "]")
_LINE_REST = re.compile("[^" + _LT + "]*")
_PUNCT = re.compile(_punct_pattern(_PUNCT_LOOKAHEAD))
_ASCII_WORD = re.compile(r"[A-Za-z0-9_$]*")
_HEX = re.compile(r"0[xX]([0-9a-fA-F](?:_?[0-9a-fA-F])*)(n?)")
_OCT = re.compile(r"0[oO]([0-7](?:_?[0-7])*)(n?)")
_BIN = re.compile(r"0[bB]([01](?:_?[01])*)(n?)")
_LEGACY_OCTAL = re.compile(r"0[0-7]+(?![0-9_])")
_NONOCTAL_DECIMAL = re.compile(r"0[0-9]*[89][0-9]*(\.[0-9]*)?([eE][+-]?[0-9]+)?")
_DECIMAL = re.compile(
    r"(?:(0|[1-9](?:_?[0-9])*)(\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)"
    r"([eE][+-]?[0-9](?:_?[0-9])*)?(n?)")
_STR_CHUNK = {"'": re.compile(r"[^'\\\n\r]*"), '"': re.compile(r'[^"\\\n\r]*')}
_TEMPLATE_CHUNK = re.compile(r"[^`\\$\r]*")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_HEX2 = re.compile(r"[0-9a-fA-F]{2}")
_BRACED_HEX = re.compile(r"\{([0-9a-fA-F]+)\}")
_OCTAL_ESCAPE = re.compile(r"[0-3][0-7]{0,2}|[4-7][0-7]?")
_SINGLE_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\x0b"}
_REGEX_FLAGS = re.compile(r"[A-Za-z0-9_$]*")

_ZWNJ_ZWJ = frozenset("\u200c\u200d")

try:  # another helper owns regexp_syntax.py; until it exists, regex bodies are not validated
    from scopejs.parsing.regexp_syntax import validate_pattern as _validate_pattern
except Exception:  # pragma: no cover - depends on the other helper's progress
    _validate_pattern = None


def _in_ranges(ranges: tuple, cp: int) -> bool:
    i = bisect_left(ranges, cp)
    return bool(i & 1) or (i < len(ranges) and ranges[i] == cp)


def is_id_start(ch: str) -> bool:
    """ID_Start plus $ and _ (12.7 IdentifierStartChar); ch is one code point."""
    if ch < "\x80":
        return ch.isalpha() or ch == "$" or ch == "_"
    return _in_ranges(ID_START_RANGES, ord(ch))


def is_id_part(ch: str) -> bool:
    """ID_Continue plus $, ZWNJ, ZWJ (12.7 IdentifierPartChar); ch is one code point."""
    if ch < "\x80":
        return ch.isalnum() or ch == "$" or ch == "_"
    return _in_ranges(ID_CONTINUE_RANGES, ord(ch)) or ch in _ZWNJ_ZWJ


def _code_point_at(src: str, pos: int) -> tuple[str, int]:
    """The code point at pos (joining a surrogate pair) and its length in code units."""
    ch = src[pos]
    if "\ud800" <= ch <= "\udbff" and pos + 1 < len(src) and "\udc00" <= src[pos + 1] <= "\udfff":
        return chr(0x10000 + ((ord(ch) - 0xD800) << 10) + (ord(src[pos + 1]) - 0xDC00)), 2
    return ch, 1


def _code_units(cp: int) -> str:
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


class Scanner:
    """Mixin: tokenizer state and methods (see the module docstring)."""

    def init_scanner(self, source) -> None:
        self.source = source
        self.src = src = source.text
        self.n = len(src)
        self.type = "eof"
        self.value = None
        self.start = self.end = 0
        self.last_start = self.last_end = 0
        self.nl = False
        self.esc = False
        self.octal = -1          # offset of a legacy octal literal/escape in this token, or -1
        if src.startswith("#!"):  # 12.5 Hashbang Comments
            self.end = _LINE_REST.match(src, 2).end()

    # -- errors -------------------------------------------------------------------------------
    def raise_at(self, offset: int, message: str, kind: str = "SyntaxError"):
        raise JSSyntaxError(message, self.source, offset, kind)

    # -- the main entry: advance to the next token -------------------------------------------------
    def next(self) -> None:
        self.last_start = self.start
        pos = self.last_end = self.end
        m = _TOKEN.match(self.src, pos)
        if m is None:
            m = _TOKEN_NL.match(self.src, pos)
            if m is None:
                m = self._next_slow(pos)
                if m is None:
                    return
            else:
                self.nl = True
        else:
            self.nl = False
        if True:
            k = m.lastindex
            if k == 1:
                v = m.group(1)
                self.start = m.start(1)
                self.end = m.end()
                self.esc = False
                self.type = v if v in KEYWORDS else "name"
                self.value = v
                return
            if k == 2:
                v = m.group(2)
                self.start = m.start(2)
                self.end = m.end()
                self.type = self.value = v
                return
            if k == 3:
                v = m.group(3)
                self.start = m.start(3)
                self.end = m.end()
                self.type = "num"
                self.value = float(v)
                self.octal = -1
                return
            self.start = m.start(k) - 1
            self.end = m.end()
            self.type = "string"
            self.value = m.group(k)
            self.octal = -1

    def _next_slow(self, pos: int):
        """Comments, HTML-like comments and unusual tokens. Returns a _TOKEN match to finish
        (the common case after a comment) or None when the token is already set."""
        src = self.src
        n = self.n
        nl = False
        while True:
            end = _SKIP.match(src, pos).end()
            if end > pos:
                if not nl and _NEWLINE.search(src, pos, end):
                    nl = True
                pos = end
            if pos >= n:
                self.nl = nl
                self.type = "eof"
                self.value = None
                self.start = self.end = n
                return
            ch = src[pos]
            if ch == "/" and src.startswith("/*", pos):
                self.raise_at(pos, "Invalid or unexpected token")
            if not self.in_module:
                # B.1.1 HTML-like Comments
                if ch == "<" and src.startswith("<!--", pos):
                    pos = _LINE_REST.match(src, pos).end()
                    continue
                if ch == "-" and src.startswith("-->", pos) and (nl or self.last_end == 0
                                                                 or self._only_comments_before(pos)):
                    pos = _LINE_REST.match(src, pos).end()
                    continue
            break
        self.nl = nl
        m = _TOKEN.match(src, pos)
        if m is not None:
            return m
        self.start = pos
        self.esc = False
        self.octal = -1
        if ch in "'\"":
            self._read_string(pos, ch)
        elif ch == "`":
            self._read_template(pos + 1, pos)
        elif "0" <= ch <= "9" or (ch == "." and pos + 1 < n and "0" <= src[pos + 1] <= "9"):
            self._read_number(pos)
        elif ch == "#":
            self._read_private(pos)
        else:
            m = _PUNCT.match(src, pos)
            if m is not None:
                self.type = self.value = m.group()
                self.end = m.end()
                return None
            self._read_word(pos)
        return None

    def _only_comments_before(self, pos: int) -> bool:
        """`-->` at the start of the input (only white space and comments before it)."""
        return _SKIP.match(self.src, 0).end() >= pos

    # -- identifiers -----------------------------------------------------------------------------
    def _read_word(self, pos: int) -> None:
        name, end, escaped = self._read_word_chars(pos)
        self.end = end
        self.value = name
        self.esc = escaped
        if escaped:
            self.type = "name"   # an escaped reserved word is an identifier-shaped error later
        else:
            self.type = name if name in KEYWORDS else "name"

    def _read_word_chars(self, pos: int) -> tuple[str, int, bool]:
        src = self.src
        n = self.n
        parts = []
        escaped = False
        first = True
        start = pos
        while pos < n:
            m = _ASCII_WORD.match(src, pos)
            if m.end() > pos:
                if first and "0" <= src[pos] <= "9":
                    break
                parts.append(m.group())
                pos = m.end()
                first = False
                continue
            ch = src[pos]
            if ch == "\\":
                esc_start = pos
                if not src.startswith("\\u", pos):
                    self.raise_at(pos, "Invalid Unicode escape sequence")
                cp, pos = self._read_unicode_escape(pos + 2, esc_start)
                c = chr(cp)
                if not (is_id_start(c) if first else is_id_part(c)):
                    self.raise_at(esc_start, "Invalid Unicode escape sequence")
                parts.append(_code_units(cp))
                escaped = True
                first = False
                continue
            if ch < "\x80":
                break
            c, size = _code_point_at(src, pos)
            if not (is_id_start(c) if first else is_id_part(c)):
                break
            parts.append(src[pos:pos + size])
            pos += size
            first = False
        if first:
            self.raise_at(start, "Invalid or unexpected token")
        return "".join(parts), pos, escaped

    def _read_unicode_escape(self, pos: int, esc_start: int) -> tuple[int, int]:
        """After `\\u`: returns (code point, end offset)."""
        src = self.src
        m = _HEX4.match(src, pos)
        if m is not None:
            return int(m.group(), 16), m.end()
        m = _BRACED_HEX.match(src, pos)
        if m is not None:
            cp = int(m.group(1), 16)
            if cp > 0x10FFFF:
                self.raise_at(esc_start, "Undefined Unicode code-point")
            return cp, m.end()
        self.raise_at(esc_start, "Invalid Unicode escape sequence")

    def _read_private(self, pos: int) -> None:
        src = self.src
        if pos + 1 >= self.n or not (src[pos + 1] == "\\" or is_id_start(_code_point_at(src, pos + 1)[0])):
            self.raise_at(pos, "Invalid or unexpected token")
        name, end, _escaped = self._read_word_chars(pos + 1)
        self.type = "privateId"
        self.value = name
        self.end = end

    # -- numbers ---------------------------------------------------------------------------------
    def _read_number(self, pos: int) -> None:
        src = self.src
        m = None
        ch = src[pos]
        if ch == "0" and pos + 1 < self.n:
            c2 = src[pos + 1]
            if c2 in "xX":
                m = _HEX.match(src, pos)
                base = 16
            elif c2 in "oO":
                m = _OCT.match(src, pos)
                base = 8
            elif c2 in "bB":
                m = _BIN.match(src, pos)
                base = 2
            else:
                base = 0
            if base:
                if m is None:
                    self.raise_at(pos, "Invalid or unexpected token")
                digits = m.group(1).replace("_", "")
                if m.group(2):
                    self.type = "bigint"
                    self.value = int(digits, base)
                else:
                    self.type = "num"
                    self.value = float(int(digits, base))
                return self._finish_number(m.end())
            if "0" <= c2 <= "9" or c2 == "_":
                m = _LEGACY_OCTAL.match(src, pos)
                if m is not None:
                    if self.strict:
                        self.raise_at(pos, "Octal literals are not allowed in strict mode.")
                    self.octal = pos
                    self.type = "num"
                    self.value = float(int(m.group()[1:], 8))
                    return self._finish_number(m.end())
                m = _NONOCTAL_DECIMAL.match(src, pos)
                if m is not None:
                    if self.strict:
                        self.raise_at(pos, "Decimals with leading zeros are not allowed in strict mode.")
                    self.octal = pos
                    self.type = "num"
                    self.value = float(m.group())
                    return self._finish_number(m.end())
                self.raise_at(pos, "Numeric separators are not allowed here" if c2 == "_"
                              else "Invalid or unexpected token")
        m = _DECIMAL.match(src, pos)
        if m is None:
            self.raise_at(pos, "Invalid or unexpected token")
        text = m.group()
        if m.group(4):
            if m.group(2) is not None or m.group(3) or m.group(1) is None:
                self.raise_at(pos, "Invalid or unexpected token")
            self.type = "bigint"
            self.value = int(m.group(1).replace("_", ""))
            return self._finish_number(m.end())
        self.type = "num"
        try:
            self.value = float(text.replace("_", ""))
        except (ValueError, OverflowError):
            self.raise_at(pos, "Invalid or unexpected token")
        self._finish_number(m.end())

    def _finish_number(self, end: int) -> None:
        src = self.src
        if end < self.n:
            ch = src[end]
            if ch == "_":
                self.raise_at(end, "Numeric separators are not allowed at the end of numeric literals")
            if "0" <= ch <= "9" or ch == "\\" or is_id_start(_code_point_at(src, end)[0]):
                self.raise_at(self.start, "Invalid or unexpected token")
        self.end = end

    # -- strings ---------------------------------------------------------------------------------
    def _read_escape(self, pos: int, in_template: bool):
        """Reads an escape after the backslash at pos-1. Returns (text, new pos, error).

        error is None or (message, offset) for escapes invalid in templates/strict code.
        """
        src = self.src
        if pos >= self.n:
            self.raise_at(pos - 1, "Invalid or unexpected token")
        ch = src[pos]
        if ch in _SINGLE_ESCAPES:
            return _SINGLE_ESCAPES[ch], pos + 1, None
        if ch == "\r":
            return "", (pos + 2 if src.startswith("\r\n", pos) else pos + 1), None
        if ch in "\n\u2028\u2029":
            return "", pos + 1, None
        if ch == "x":
            m = _HEX2.match(src, pos + 1)
            if m is None:
                return None, pos + 1, ("Invalid hexadecimal escape sequence", pos - 1)
            return chr(int(m.group(), 16)), m.end(), None
        if ch == "u":
            m = _HEX4.match(src, pos + 1)
            if m is not None:
                return chr(int(m.group(), 16)), m.end(), None
            m = _BRACED_HEX.match(src, pos + 1)
            if m is not None:
                cp = int(m.group(1), 16)
                if cp > 0x10FFFF:
                    return None, m.end(), ("Undefined Unicode code-point", pos - 1)
                return _code_units(cp), m.end(), None
            return None, pos + 1, ("Invalid Unicode escape sequence", pos - 1)
        if "0" <= ch <= "7":
            if ch == "0" and not (pos + 1 < self.n and "0" <= src[pos + 1] <= "9"):
                return "\0", pos + 1, None
            m = _OCTAL_ESCAPE.match(src, pos)
            msg = ("Octal escape sequences are not allowed in template strings" if in_template
                   else "Octal escape sequences are not allowed in strict mode.")
            return chr(int(m.group(), 8)), m.end(), (msg, pos - 1)
        if ch in "89":
            msg = ("\\8 and \\9 are not allowed in template strings" if in_template
                   else "\\8 and \\9 are not allowed in strict mode.")
            return ch, pos + 1, (msg, pos - 1)
        c, size = _code_point_at(src, pos)
        return src[pos:pos + size], pos + size, None

    def _read_string(self, pos: int, quote: str) -> None:
        src = self.src
        chunk = _STR_CHUNK[quote]
        parts = []
        p = pos + 1
        n = self.n
        while True:
            m = chunk.match(src, p)
            parts.append(m.group())
            p = m.end()
            if p >= n:
                self.raise_at(pos, "Invalid or unexpected token")
            ch = src[p]
            if ch == quote:
                break
            if ch == "\\":
                text, p, err = self._read_escape(p + 1, False)
                if err is not None:
                    if text is None:
                        self.raise_at(err[1], err[0])
                    if self.strict:
                        self.raise_at(err[1], err[0])
                    if self.octal < 0:
                        self.octal = err[1]
                parts.append(text)
                continue
            self.raise_at(pos, "Invalid or unexpected token")   # \n or \r
        self.type = "string"
        self.value = "".join(parts)
        self.end = p + 1

    # -- templates -------------------------------------------------------------------------------
    def _read_template(self, pos: int, token_start: int) -> None:
        """Scans a template chunk starting after '`' or '}' at pos; sets a 'template' token.

        Extra token attributes: tpl_raw, tpl_tail, tpl_err ((message, offset) or None),
        tpl_start / tpl_end (the chunk's own range, excluding delimiters).
        """
        src = self.src
        n = self.n
        parts = []
        err = None
        p = pos
        while True:
            m = _TEMPLATE_CHUNK.match(src, p)
            parts.append(m.group())
            p = m.end()
            if p >= n:
                self.raise_at(token_start, "Unterminated template literal")
            ch = src[p]
            if ch == "`":
                tail = True
                chunk_end = p
                end = p + 1
                break
            if ch == "$":
                if src.startswith("${", p):
                    tail = False
                    chunk_end = p
                    end = p + 2
                    break
                parts.append("$")
                p += 1
                continue
            if ch == "\r":
                parts.append("\n")
                p += 2 if src.startswith("\r\n", p) else 1
                continue
            # backslash
            text, p, e = self._read_escape(p + 1, True)
            if e is not None:
                if err is None:
                    err = e
                continue
            parts.append(text)
        raw = src[pos:chunk_end]
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        self.type = "template"
        self.value = None if err is not None else "".join(parts)
        self.tpl_raw = raw
        self.tpl_tail = tail
        self.tpl_err = err
        self.tpl_start = pos
        self.tpl_end = chunk_end
        self.start = token_start
        self.end = end

    def read_template_continuation(self) -> None:
        """The current token is '}' closing a substitution: re-scan it as a template chunk."""
        self._read_template(self.start + 1, self.start)

    # -- regular expressions ---------------------------------------------------------------------
    def read_regexp(self) -> None:
        """The current token is '/' or '/=' in an expression position: re-scan as a regex literal."""
        src = self.src
        n = self.n
        start = self.start
        p = start + 1
        in_class = False
        while True:
            if p >= n:
                self.raise_at(start, "Invalid regular expression: missing /")
            ch = src[p]
            if ch in "\n\r\u2028\u2029":
                self.raise_at(start, "Invalid regular expression: missing /")
            if ch == "\\":
                p += 1
                if p < n and src[p] in "\n\r\u2028\u2029":
                    self.raise_at(start, "Invalid regular expression: missing /")
            elif ch == "[":
                in_class = True
            elif ch == "]":
                in_class = False
            elif ch == "/" and not in_class:
                break
            p += 1
        pattern = src[start + 1:p]
        p += 1
        m = _REGEX_FLAGS.match(src, p)
        flags = m.group()
        end = m.end()
        if end < n and (src[end] == "\\" or (src[end] >= "\x80" and is_id_part(_code_point_at(src, end)[0]))):
            self.raise_at(start, "Invalid regular expression flags")
        if (len(set(flags)) != len(flags) or any(f not in "dgimsuyv" for f in flags)
                or ("u" in flags and "v" in flags)):
            self.raise_at(start, "Invalid regular expression flags")
        if _validate_pattern is not None:
            try:
                message = _validate_pattern(pattern, flags)
            except RecursionError:
                message = "Regular expression too large"
            except Exception as exc:  # a bug in the validator: name it, never leak a traceback
                raise EngineInternalError(
                    f"parsing: regexp_syntax.validate_pattern failed on /{pattern}/{flags}: {exc!r}"
                ) from exc
            if message:
                if not message.startswith("Invalid regular expression"):
                    message = f"Invalid regular expression: /{pattern}/{flags}: {message}"
                self.raise_at(start, message)
        self.type = "regexp"
        self.value = (pattern, flags)
        self.end = end

    # -- lookahead -------------------------------------------------------------------------------
    def peek(self) -> tuple:
        """(type, value, start, nl, esc) of the token after the current one; state unchanged."""
        saved = (self.type, self.value, self.start, self.end, self.last_start, self.last_end,
                 self.nl, self.esc, self.octal)
        try:
            self.next()
            result = (self.type, self.value, self.start, self.nl, self.esc)
        except JSSyntaxError:
            result = ("eof", None, self.end, False, False)
        (self.type, self.value, self.start, self.end, self.last_start, self.last_end,
         self.nl, self.esc, self.octal) = saved
        return result

    def peek_char(self) -> str:
        """The first non-space, non-comment code unit after the current token ('' at the end)."""
        end = _SKIP.match(self.src, self.end).end()
        return self.src[end] if end < self.n else ""

    def newline_after_current(self) -> bool:
        end = _SKIP.match(self.src, self.end).end()
        return _NEWLINE.search(self.src, self.end, end) is not None
