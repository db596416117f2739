"""22.2.1 Patterns: the one RegExp grammar (ES2023 + Annex B.1.2), its early errors and its AST.

``validate_pattern(pattern, flags)`` is what the parser calls for every regular expression literal;
``parse_pattern(pattern, flags)`` returns the small regex AST that the matcher
(scopejs/runtime/regexp) compiles, so there is exactly one grammar.

Patterns are strings of UTF-16 code units.  Without the ``u`` flag a pattern character is one code
unit; with it, a surrogate pair (in the source or as ``\\uD83D\\uDE00``) is one code point.  Error
messages are V8's, so that ``SyntaxError: Invalid regular expression: /(/: Unterminated group``
reads as node prints it.
"""
from __future__ import annotations

import re

from scopejs.parsing import regexp_property_names as _names

__all__ = ["validate_pattern", "parse_pattern", "validate_flags", "RegExpSyntaxError", "Pattern",
           "Disjunction", "Char", "Dot", "CharClass", "ClassEscape", "Assertion", "Group",
           "Lookaround", "BackReference", "Quantifier", "Modifiers", "ClassSetExpression",
           "ClassStringDisjunction", "ClassStrings", "STRING_PROPERTIES"]

VALID_FLAGS = frozenset("dgimsuvy")
MAX_NESTING = 200                    # deeper group nesting is reported, never a RecursionError


class RegExpSyntaxError(Exception):
    """A pattern early error; ``message`` is V8's short text ("Unterminated group")."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------------------------------------
# The regex AST.  Character values are code points with `u`, code units without.

class Node:
    __slots__ = ()


class Disjunction(Node):
    """Alternatives, each a list of terms."""
    __slots__ = ("alternatives",)

    def __init__(self, alternatives):
        self.alternatives = alternatives


class Char(Node):
    __slots__ = ("value",)

    def __init__(self, value: int):
        self.value = value


class Dot(Node):
    __slots__ = ()


class ClassEscape(Node):
    """\\d \\s \\w (kind 'd' 's' 'w') or \\p{...} (kind 'p', prop = 'gc:Letter' style key)."""
    __slots__ = ("kind", "negated", "prop")

    def __init__(self, kind: str, negated: bool, prop: str | None = None):
        self.kind = kind
        self.negated = negated
        self.prop = prop


class CharClass(Node):
    """[...]: ``ranges`` is a list of (lo, hi); ``escapes`` the ClassEscapes inside.  With the
    ``v`` flag the contents are a ClassSetExpression instead (``expression``; ranges and
    escapes empty)."""
    __slots__ = ("negated", "ranges", "escapes", "expression")

    def __init__(self, negated: bool, ranges, escapes, expression=None):
        self.negated = negated
        self.ranges = ranges
        self.escapes = escapes
        self.expression = expression


class ClassSetExpression(Node):
    """A ClassSetExpression of 22.2.1 Patterns (``v`` flag): ``op`` is 'union', 'intersection' or
    'subtraction'; each operand is a (lo, hi) range, a ClassEscape, a nested CharClass or a
    ClassStringDisjunction."""
    __slots__ = ("op", "operands")

    def __init__(self, op: str, operands: list):
        self.op = op
        self.operands = operands


class ClassStringDisjunction(Node):
    """\\q{...}: ``strings`` are tuples of code points (any length, empty included)."""
    __slots__ = ("strings",)

    def __init__(self, strings: list):
        self.strings = strings


class ClassStrings(Node):
    """A ``v``-mode class (or \\p{property of strings}) that may match strings of other than
    one character (MayContainStrings): ``cls`` is the CharClass; the matcher tries its strings
    longest first, then its single characters (22.2.2.7 CompileAtom)."""
    __slots__ = ("cls",)

    def __init__(self, cls):
        self.cls = cls


class Assertion(Node):
    """'^', '$', 'b' (\\b) or 'B' (\\B)."""
    __slots__ = ("kind",)

    def __init__(self, kind: str):
        self.kind = kind


class Group(Node):
    """A capturing group: ``index`` is 1-based; ``name`` is None when unnamed."""
    __slots__ = ("index", "name", "body")

    def __init__(self, index: int, name, body):
        self.index = index
        self.name = name
        self.body = body


class Lookaround(Node):
    __slots__ = ("behind", "negated", "body")

    def __init__(self, behind: bool, negated: bool, body):
        self.behind = behind
        self.negated = negated
        self.body = body


class BackReference(Node):
    """\\1 or \\k<name>; ``indices`` are the groups it refers to: one for \\1, every group
    of that name for \\k<name> (22.2.2.7.2 BackreferenceMatcher; ES2025 duplicate named
    groups), resolved after parsing (names may be defined later)."""
    __slots__ = ("indices", "name")

    def __init__(self, indices, name=None):
        self.indices = indices
        self.name = name


class Modifiers(Node):
    """(?ims-ims:Disjunction) (ES2025 22.2.1 RegularExpressionModifiers): ``add`` and
    ``remove`` are the flag letters switched on and off inside ``body``."""
    __slots__ = ("add", "remove", "body")

    def __init__(self, add: str, remove: str, body):
        self.add = add
        self.remove = remove
        self.body = body


class Quantifier(Node):
    """``max`` is None for unbounded; captures first_group..first_group+group_count-1 are inside."""
    __slots__ = ("min", "max", "greedy", "body", "first_group", "group_count")

    def __init__(self, min_, max_, greedy, body, first_group, group_count):
        self.min = min_
        self.max = max_
        self.greedy = greedy
        self.body = body
        self.first_group = first_group
        self.group_count = group_count


class Pattern:
    """A parsed pattern: ``body`` (Disjunction), ``group_count``, ``group_names`` name -> the
    indices of the groups with that name (several only in different alternatives), in order
    of first appearance."""
    __slots__ = ("body", "group_count", "group_names", "unicode", "ignore_case", "multiline",
                 "dot_all", "source", "unicode_sets")

    def __init__(self, body, group_count, group_names, flags, source):
        self.body = body
        self.group_count = group_count
        self.group_names = group_names
        self.unicode = "u" in flags or "v" in flags     # HasEitherUnicodeFlag
        self.unicode_sets = "v" in flags
        self.ignore_case = "i" in flags
        self.multiline = "m" in flags
        self.dot_all = "s" in flags
        self.source = source


# ---------------------------------------------------------------------------------------------
# Character tables

SYNTAX_CHARACTERS = frozenset("^$\\.*+?()[]{}|")
CONTROL_ESCAPES = {"f": 0x0C, "n": 0x0A, "r": 0x0D, "t": 0x09, "v": 0x0B}
CLASS_ESCAPE_KINDS = {"d": ("d", False), "D": ("d", True), "s": ("s", False), "S": ("s", True),
                      "w": ("w", False), "W": ("w", True)}
HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
OCTAL_DIGITS = frozenset("01234567")
DECIMAL_DIGITS = frozenset("0123456789")
ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

_BRACED_QUANTIFIER = re.compile(r"\{([0-9]+)(?:(,)([0-9]*))?\}")
_PROPERTY = re.compile(r"\{([A-Za-z_]+)(?:=([A-Za-z0-9_]+))?\}")
# Prescan (V8 ScanForCaptures): capturing groups, named groups; skips escapes and classes.
_CAPTURE_SCAN = re.compile(r"\\[\s\S]|\[(?:[^\]\\]|\\[\s\S])*\]?|(\((?!\?))|(\(\?<(?![=!]))")
# 22.2.1 (v flag) ClassSetReservedDoublePunctuator's characters, ClassSetSyntaxCharacter,
# ClassSetReservedPunctuator.
CLASS_SET_DOUBLE_PUNCTUATORS = frozenset("&!#$%*+,.:;<=>?@^`~")
CLASS_SET_SYNTAX_CHARACTERS = frozenset("()[]{}/-\\|")
CLASS_SET_RESERVED_PUNCTUATORS = frozenset("&-!#%,:;<=>@`~")
# Binary Unicode properties of strings (22.2.2.9 table 70), only with the v flag.
STRING_PROPERTIES = frozenset(("Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence",
                               "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence",
                               "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji"))
# Fast acceptance of the most common literal shape: no syntax characters at all.
_PLAIN = re.compile(r"[^\\^$.*+?()\[\]{}|/\n\r\u2028\u2029]*\Z")

_NON_BINARY_PROPERTIES = {
    "General_Category": ("gc", _names.GENERAL_CATEGORY), "gc": ("gc", _names.GENERAL_CATEGORY),
    "Script": ("sc", _names.SCRIPT), "sc": ("sc", _names.SCRIPT),
    "Script_Extensions": ("scx", _names.SCRIPT_EXTENSIONS),
    "scx": ("scx", _names.SCRIPT_EXTENSIONS),
}


def _is_id_start(ch: str) -> bool:
    return ch == "$" or ch == "_" or ch.isidentifier()


def _is_id_continue(ch: str) -> bool:
    return ch in "$\u200c\u200d" or ("a" + ch).isidentifier()


def _might_both_participate(a: tuple, b: tuple) -> bool:
    """22.2.1.4 MightBothParticipate for two groups at paths ``a`` and ``b``: false exactly
    when some Disjunction holds them in different alternatives."""
    for (da, alt_a), (db, alt_b) in zip(a, b):
        if da != db:
            return True
        if alt_a != alt_b:
            return False
    return True


def _code_point_str(cp: int) -> str:
    return chr(cp) if cp < 0xD800 or cp > 0xDFFF else "\ufffd"


# ---------------------------------------------------------------------------------------------

class _Parser:
    __slots__ = ("src", "pos", "end", "u", "v", "named", "total_groups", "groups", "names",
                 "named_refs", "depth", "duplicate", "path", "disjunctions", "name_paths")

    def __init__(self, src: str, unicode: bool, unicode_sets: bool = False):
        self.src = src
        self.pos = 0
        self.end = len(src)
        self.u = unicode or unicode_sets
        self.v = unicode_sets
        total = 0
        named = False
        for m in _CAPTURE_SCAN.finditer(src):
            if m.group(1):
                total += 1
            elif m.group(2):
                total += 1
                named = True
        self.total_groups = total
        # Annex B: without `u`, \k is an identity escape unless the pattern has a group name.
        self.named = self.u or named
        self.groups = 0
        self.names: dict[str, list] = {}
        self.named_refs: list[BackReference] = []
        self.depth = 0
        self.duplicate = False
        # Where the parser is, as (disjunction number, alternative number) pairs from the top:
        # two groups can both participate unless their paths part in one disjunction.
        self.path: list = []
        self.disjunctions = 0
        self.name_paths: dict[str, list] = {}

    # -- helpers
    def error(self, message: str):
        raise RegExpSyntaxError(message)

    def peek(self) -> str:
        return self.src[self.pos] if self.pos < self.end else ""

    def read_char(self) -> int:
        """Read one pattern character (a code point with `u`, joining surrogate pairs)."""
        src = self.src
        pos = self.pos
        c = ord(src[pos])
        if self.u and 0xD800 <= c <= 0xDBFF and pos + 1 < self.end:
            d = ord(src[pos + 1])
            if 0xDC00 <= d <= 0xDFFF:
                self.pos = pos + 2
                return 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00)
        self.pos = pos + 1
        return c

    # -- 22.2.1 Disjunction / Alternative / Term
    def parse(self) -> Disjunction:
        body = self.disjunction()
        if self.pos < self.end:
            # Only an unmatched ')' can stop a top-level disjunction early.
            self.error("Unmatched ')'")
        if self.duplicate:
            self.error("Duplicate capture group name")
        for ref in self.named_refs:
            indices = self.names.get(ref.name)
            if indices is None:
                self.error("Invalid named capture referenced")
            ref.indices = tuple(indices)
        return body

    def disjunction(self) -> Disjunction:
        number = self.disjunctions
        self.disjunctions += 1
        path = self.path
        path.append((number, 0))
        alternatives = [self.alternative()]
        while self.pos < self.end and self.src[self.pos] == "|":
            self.pos += 1
            path[-1] = (number, len(alternatives))
            alternatives.append(self.alternative())
        path.pop()
        return Disjunction(alternatives)

    def add_group_name(self, name: str, index: int) -> None:
        """Record a named group; a name already used by a group that might participate in the
        same match is an early error (22.2.1.1: MightBothParticipate), reported after the rest
        of the pattern has parsed as V8 does."""
        here = tuple(self.path)
        paths = self.name_paths.get(name)
        if paths is None:
            self.name_paths[name] = [here]
            self.names[name] = [index]
            return
        for other in paths:
            if _might_both_participate(here, other):
                self.duplicate = True
        paths.append(here)
        self.names[name].append(index)

    def alternative(self) -> list:
        terms = []
        src = self.src
        while self.pos < self.end:
            ch = src[self.pos]
            if ch == "|" or ch == ")":
                break
            term = self.term()
            if term is not None:
                # Merge nothing here: the matcher compiles literal runs itself.
                terms.append(term)
        return terms

    def term(self):
        src = self.src
        ch = src[self.pos]
        groups_before = self.groups
        quantifiable = True
        if ch == "^" or ch == "$":
            self.pos += 1
            atom = Assertion(ch)
            quantifiable = None
        elif ch == "\\":
            nxt = src[self.pos + 1] if self.pos + 1 < self.end else ""
            if nxt == "b" or nxt == "B":
                self.pos += 2
                atom = Assertion(nxt)
                quantifiable = None
            else:
                atom = self.atom_escape()
        elif ch == "(":
            atom, quantifiable = self.group()
        elif ch == ".":
            self.pos += 1
            atom = Dot()
        elif ch == "[":
            if self.v:
                atom = self.class_set()
                if self.may_contain_strings(atom):
                    atom = ClassStrings(atom)
            else:
                atom = self.char_class()
        elif ch == "*" or ch == "+" or ch == "?":
            self.error("Nothing to repeat")
        elif ch == "{":
            if _BRACED_QUANTIFIER.match(src, self.pos):
                self.error("Nothing to repeat")
            if self.u:
                self.error("Lone quantifier brackets")
            self.pos += 1
            atom = Char(0x7B)
        elif (ch == "}" or ch == "]") and self.u:
            self.error("Lone quantifier brackets")
        else:
            atom = Char(self.read_char())
        # Quantifier
        if self.pos >= self.end:
            return atom
        ch = src[self.pos]
        if ch == "*":
            lo, hi = 0, None
            self.pos += 1
        elif ch == "+":
            lo, hi = 1, None
            self.pos += 1
        elif ch == "?":
            lo, hi = 0, 1
            self.pos += 1
        elif ch == "{":
            m = _BRACED_QUANTIFIER.match(src, self.pos)
            if m is None:
                if quantifiable is None:
                    return atom      # `{` after an assertion starts the next term
                if self.u:
                    self.error("Incomplete quantifier")
                return atom
            if quantifiable is None:
                self.error("Nothing to repeat")
            lo = int(m.group(1))
            if m.group(2) is None:
                hi = lo
            elif m.group(3):
                hi = int(m.group(3))
                if hi < lo:
                    self.error("numbers out of order in {} quantifier")
            else:
                hi = None
            self.pos = m.end()
        else:
            return atom
        if quantifiable is None:
            self.error("Nothing to repeat")
        if quantifiable is False:
            self.error("Invalid quantifier")
        greedy = True
        if self.pos < self.end and src[self.pos] == "?":
            self.pos += 1
            greedy = False
        return Quantifier(lo, hi, greedy, atom, groups_before + 1, self.groups - groups_before)

    def group(self):
        """( ... ): returns (node, quantifiable) with quantifiable False for assertions."""
        src = self.src
        start = self.pos
        self.pos += 1
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.error("Regular expression too large")
        quantifiable = True
        kind = "capture"
        name = None
        if src.startswith("?", self.pos):
            nxt = src[self.pos + 1:self.pos + 2]
            if nxt == ":":
                kind = "group"
                self.pos += 2
            elif nxt == "=" or nxt == "!":
                kind = "ahead"
                self.pos += 2
                # Annex B: lookaheads are quantifiable without `u`.
                quantifiable = not self.u
            elif nxt == "<":
                nxt2 = src[self.pos + 2:self.pos + 3]
                if nxt2 == "=" or nxt2 == "!":
                    kind = "behind"
                    self.pos += 3
                    quantifiable = False
                else:
                    self.pos += 2
                    name = self.group_name()
            elif nxt in "ims-":
                kind = "modifiers"
                self.pos += 1
                modifiers = self.modifiers()
            else:
                self.error("Invalid group")
        index = 0
        if kind == "capture":
            self.groups += 1
            index = self.groups
            if name is not None:
                self.add_group_name(name, index)
        body = self.disjunction()
        if self.pos >= self.end:
            self.error("Unterminated group")
        self.pos += 1   # ')'
        self.depth -= 1
        if kind == "capture":
            return Group(index, name, body), quantifiable
        if kind == "group":
            return body, quantifiable
        if kind == "modifiers":
            return Modifiers(modifiers[0], modifiers[1], body), quantifiable
        return Lookaround(kind == "behind", src[start + 2] == "!" if kind == "ahead"
                          else src[start + 3] == "!", body), quantifiable

    def modifiers(self):
        """RegularExpressionModifiers [- RegularExpressionModifiers] and the ':' (after "(?"),
        with their early errors (22.2.1.1): only i, m, s, none twice, not both empty."""
        src = self.src
        add = self.modifier_letters()
        remove = ""
        dash = src.startswith("-", self.pos)
        if dash:
            self.pos += 1
            remove = self.modifier_letters()
        if not src.startswith(":", self.pos):
            self.error("Invalid group")
        self.pos += 1
        if (dash and not add and not remove) or set(add) & set(remove):
            self.error("Repeated flag in group" if set(add) & set(remove) else "Invalid group")
        return add, remove

    def modifier_letters(self) -> str:
        src = self.src
        start = self.pos
        while self.pos < self.end and src[self.pos] in "ims":
            if src[self.pos] in src[start:self.pos]:
                self.error("Repeated flag in group")
            self.pos += 1
        return src[start:self.pos]

    def group_name(self, message: str = "Invalid capture group name") -> str:
        """RegExpIdentifierName followed by '>' (the '<' is already consumed)."""
        chars = []
        while True:
            if self.pos >= self.end:
                self.error(message)
            ch = self.src[self.pos]
            if ch == ">":
                self.pos += 1
                break
            if ch == "\\":
                self.pos += 1
                if self.peek() != "u":
                    self.error(message)
                self.pos += 1
                cp = self.unicode_escape_body(True)
                if cp is None:
                    self.error("Invalid Unicode escape")
            else:
                cp = ord(ch)
                self.pos += 1
                if 0xD800 <= cp <= 0xDBFF and self.pos < self.end:
                    d = ord(self.src[self.pos])
                    if 0xDC00 <= d <= 0xDFFF:
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (d - 0xDC00)
                        self.pos += 1
            text = _code_point_str(cp)
            if not (_is_id_continue(text) if chars else _is_id_start(text)) or text == "\ufffd":
                self.error(message)
            if cp > 0xFFFF:     # names are JS strings: UTF-16 code units
                cp -= 0x10000
                text = chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))
            chars.append(text)
        if not chars:
            self.error(message)
        return "".join(chars)

    # -- escapes
    def unicode_escape_body(self, unicode: bool):
        """After `\\u`: HHHH (joining an escaped surrogate pair) or, with `unicode`, {H+}.
        Returns the code point, or None when malformed (the caller decides what that means)."""
        src = self.src
        pos = self.pos
        if unicode and src.startswith("{", pos):
            close = src.find("}", pos + 1)
            digits = src[pos + 1:close] if close > 0 else ""
            if not digits or any(c not in HEX_DIGITS for c in digits):
                return None
            value = int(digits, 16)
            if value > 0x10FFFF:
                return None
            self.pos = close + 1
            return value
        digits = src[pos:pos + 4]
        if len(digits) != 4 or any(c not in HEX_DIGITS for c in digits):
            return None
        value = int(digits, 16)
        self.pos = pos + 4
        if unicode and 0xD800 <= value <= 0xDBFF and src.startswith("\\u", self.pos):
            trail = src[self.pos + 2:self.pos + 6]
            if len(trail) == 4 and all(c in HEX_DIGITS for c in trail):
                t = int(trail, 16)
                if 0xDC00 <= t <= 0xDFFF:
                    self.pos += 6
                    return 0x10000 + ((value - 0xD800) << 10) + (t - 0xDC00)
        return value

    def atom_escape(self):
        """\\ AtomEscape outside a class (the backslash is at self.pos)."""
        src = self.src
        self.pos += 1
        if self.pos >= self.end:
            self.error("\\ at end of pattern")
        ch = src[self.pos]
        if ch in DECIMAL_DIGITS and ch != "0":
            start = self.pos
            end = start
            while end < self.end and src[end] in DECIMAL_DIGITS:
                end += 1
            number = int(src[start:end])
            if number <= self.total_groups:
                self.pos = end
                return BackReference((number,))
            if self.u:
                self.error("Invalid escape")
            # Annex B: a legacy octal escape, or \8 \9 as identity escapes.
            return Char(self.legacy_octal() if ch in OCTAL_DIGITS else self.take(ch))
        if ch == "k":
            if self.named:
                self.pos += 1
                if self.peek() != "<":
                    self.error("Invalid named reference")
                self.pos += 1
                name = self.group_name()
                ref = BackReference(None, name)
                self.named_refs.append(ref)
                return ref
            self.pos += 1
            return Char(0x6B)
        kind = CLASS_ESCAPE_KINDS.get(ch)
        if kind is not None:
            self.pos += 1
            return self.escape_class(ClassEscape(kind[0], kind[1]))
        if (ch == "p" or ch == "P") and self.u:
            self.pos += 1
            escape = self.property_escape(ch == "P", "Invalid property name")
            if escape.prop.startswith("str:"):
                return ClassStrings(self.escape_class(escape))
            return self.escape_class(escape)
        return Char(self.character_escape(False))

    def escape_class(self, escape: ClassEscape) -> CharClass:
        """A CharacterClassEscape atom as a class (with v, as a one-operand ClassSetExpression:
        its complement and case folding are v's, 22.2.2.9)."""
        if self.v:
            return CharClass(False, [], [], ClassSetExpression("union", [escape]))
        return CharClass(False, [], [escape])

    def take(self, ch: str) -> int:
        self.pos += 1
        return ord(ch)

    def legacy_octal(self) -> int:
        """Annex B LegacyOctalEscapeSequence (at self.pos, after the backslash)."""
        src = self.src
        first = src[self.pos]
        limit = 3 if first in "0123" else 2
        end = self.pos
        while end < self.end and end - self.pos < limit and src[end] in OCTAL_DIGITS:
            end += 1
        value = int(src[self.pos:end], 8)
        self.pos = end
        return value

    def character_escape(self, in_class: bool) -> int:
        """CharacterEscape (and, in a class, the class-only escapes); self.pos is after '\\'."""
        src = self.src
        ch = src[self.pos]
        value = CONTROL_ESCAPES.get(ch)
        if value is not None:
            self.pos += 1
            return value
        if ch == "c":
            nxt = src[self.pos + 1:self.pos + 2]
            if nxt and (nxt in ASCII_LETTERS or (in_class and not self.u and
                                                  (nxt in DECIMAL_DIGITS or nxt == "_"))):
                self.pos += 2
                return ord(nxt) % 32
            if self.u:
                self.error("Invalid Unicode escape")
            # Annex B: `\c` without a control letter is a literal backslash; `c` comes next.
            return 0x5C
        if ch == "0":
            nxt = src[self.pos + 1:self.pos + 2]
            if not nxt or nxt not in DECIMAL_DIGITS:
                self.pos += 1
                return 0
            if self.u:
                self.error("Invalid class escape" if in_class else "Invalid decimal escape")
            if nxt in OCTAL_DIGITS:
                return self.legacy_octal()
            self.pos += 1
            return 0
        if ch == "x":
            digits = src[self.pos + 1:self.pos + 3]
            if len(digits) == 2 and digits[0] in HEX_DIGITS and digits[1] in HEX_DIGITS:
                self.pos += 3
                return int(digits, 16)
            if self.u:
                self.error("Invalid escape")
            self.pos += 1
            return 0x78
        if ch == "u":
            self.pos += 1
            value = self.unicode_escape_body(self.u)
            if value is None:
                if self.u:
                    self.error("Invalid Unicode escape")
                return 0x75
            return value
        if self.u:
            if ch in SYNTAX_CHARACTERS or ch == "/" or (in_class and ch == "-"):
                self.pos += 1
                return ord(ch)
            if in_class and ch in DECIMAL_DIGITS:
                self.error("Invalid class escape")
            self.error("Invalid escape")
        if ch == "k" and self.named:
            self.error("Invalid escape")
        if in_class and ch in OCTAL_DIGITS:
            return self.legacy_octal()
        return self.read_char()

    def property_escape(self, negated: bool, message: str) -> ClassEscape:
        """\\p{...} / \\P{...} with `u` (self.pos is after the p)."""
        m = _PROPERTY.match(self.src, self.pos)
        if m is None:
            self.error(message)
        name, value = m.group(1), m.group(2)
        if value is None and self.v and name in STRING_PROPERTIES:
            if negated:
                self.error(message)     # \P{...} of a property of strings
            self.pos = m.end()
            return ClassEscape("p", False, "str:" + name)
        if value is not None:
            entry = _NON_BINARY_PROPERTIES.get(name)
            canonical = entry[1].get(value) if entry is not None else None
            if canonical is None:
                self.error(message)
            key = f"{entry[0]}:{canonical}"
        else:
            canonical = _names.GENERAL_CATEGORY.get(name)
            if canonical is not None:
                key = "gc:" + canonical
            else:
                canonical = _names.BINARY.get(name)
                if canonical is None:
                    self.error(message)
                key = "bin:" + canonical
        self.pos = m.end()
        return ClassEscape("p", negated, key)

    # -- 22.2.1 CharacterClass
    def char_class(self) -> CharClass:
        src = self.src
        self.pos += 1
        negated = False
        if self.pos < self.end and src[self.pos] == "^":
            negated = True
            self.pos += 1
        ranges = []
        escapes = []
        while True:
            if self.pos >= self.end:
                self.error("Unterminated character class")
            ch = src[self.pos]
            if ch == "]":
                self.pos += 1
                return CharClass(negated, ranges, escapes)
            left = self.class_atom()
            if (self.pos + 1 < self.end and src[self.pos] == "-" and src[self.pos + 1] != "]"):
                self.pos += 1
                right = self.class_atom()
                if isinstance(left, ClassEscape) or isinstance(right, ClassEscape):
                    if self.u:
                        self.error("Invalid character class")
                    # Annex B: [\d-a] is \d, '-' and 'a'.
                    for atom in (left, 0x2D, right):
                        if isinstance(atom, ClassEscape):
                            escapes.append(atom)
                        else:
                            ranges.append((atom, atom))
                    continue
                if left > right:
                    self.error("Range out of order in character class")
                ranges.append((left, right))
            elif isinstance(left, ClassEscape):
                escapes.append(left)
            else:
                ranges.append((left, left))

    # -- 22.2.1 ClassSetExpression (the v flag)
    def class_set(self) -> CharClass:
        """[ ClassContents[+UnicodeSetsMode] ] at self.pos (the '['), with the early error of
        22.2.1.1: a negated class must not MayContainStrings."""
        src = self.src
        self.pos += 1
        negated = False
        if self.pos < self.end and src[self.pos] == "^":
            negated = True
            self.pos += 1
        self.depth += 1
        if self.depth > MAX_NESTING:
            self.error("Regular expression too large")
        expression = self.class_set_expression()
        if self.pos >= self.end:
            self.error("Unterminated character class")
        self.pos += 1    # ']'
        self.depth -= 1
        node = CharClass(negated, [], [], expression)
        if negated and self.may_contain_strings(expression):
            self.error("Negated character class may contain strings")
        return node

    def class_set_expression(self) -> ClassSetExpression:
        """ClassUnion | ClassIntersection | ClassSubtraction, up to the closing ']'."""
        src = self.src
        if self.pos < self.end and src[self.pos] == "]":
            return ClassSetExpression("union", [])
        first, is_char = self.class_set_operand()
        operator = src[self.pos:self.pos + 2]
        if operator == "&&" or operator == "--":
            operands = [first]
            while src.startswith(operator, self.pos):
                self.pos += 2
                if operator == "&&" and src.startswith("&", self.pos):
                    self.error("Invalid set operation in character class")
                operand, _ = self.class_set_operand()
                operands.append(operand)
            if not src.startswith("]", self.pos):
                self.error("Invalid set operation in character class")
            return ClassSetExpression("intersection" if operator == "&&" else "subtraction",
                                      operands)
        operands = []
        operand = first
        while True:
            if is_char is not None and src.startswith("-", self.pos) \
                    and not src.startswith("--", self.pos):
                self.pos += 1
                right, right_char = self.class_set_operand()
                if right_char is None:
                    self.error("Invalid character class")
                if is_char > right_char:
                    self.error("Range out of order in character class")
                operand = (is_char, right_char)
            operands.append(operand)
            if self.pos >= self.end:
                self.error("Unterminated character class")
            if src[self.pos] == "]":
                return ClassSetExpression("union", operands)
            if src.startswith("&&", self.pos) or src.startswith("--", self.pos):
                self.error("Invalid set operation in character class")
            operand, is_char = self.class_set_operand()

    def class_set_operand(self):
        """ClassSetOperand (or the first ClassSetCharacter of a ClassSetRange): returns the
        operand and, when it is a single ClassSetCharacter, its code point (else None)."""
        src = self.src
        if self.pos >= self.end:
            self.error("Unterminated character class")
        ch = src[self.pos]
        if ch == "[":
            return self.class_set(), None
        if ch == "\\":
            nxt = src[self.pos + 1:self.pos + 2]
            if nxt == "q":
                if not src.startswith("{", self.pos + 2):
                    self.error("Invalid escape")
                self.pos += 3
                return self.class_string_disjunction(), None
            kind = CLASS_ESCAPE_KINDS.get(nxt)
            if kind is not None:
                self.pos += 2
                return ClassEscape(kind[0], kind[1]), None
            if nxt == "p" or nxt == "P":
                self.pos += 2
                return self.property_escape(nxt == "P", "Invalid property name in character class"), None
        cp = self.class_set_character()
        return (cp, cp), cp

    def class_set_character(self) -> int:
        """ClassSetCharacter: not a ClassSetSyntaxCharacter nor the start of a reserved double
        punctuator unless escaped; escapes are CharacterEscape, \\b or a reserved punctuator."""
        src = self.src
        if self.pos >= self.end:
            self.error("Unterminated character class")
        ch = src[self.pos]
        if ch == "\\":
            self.pos += 1
            if self.pos >= self.end:
                self.error("\\ at end of pattern")
            nxt = src[self.pos]
            if nxt == "b":
                self.pos += 1
                return 0x08
            if nxt in CLASS_SET_RESERVED_PUNCTUATORS:
                self.pos += 1
                return ord(nxt)
            if nxt in DECIMAL_DIGITS and nxt != "0":
                self.error("Invalid class escape")
            return self.character_escape(True)
        if ch in CLASS_SET_DOUBLE_PUNCTUATORS and src.startswith(ch, self.pos + 1):
            self.error("Invalid set operation in character class")
        if ch in CLASS_SET_SYNTAX_CHARACTERS:
            self.error("Invalid character in character class")
        return self.read_char()

    def class_string_disjunction(self) -> ClassStringDisjunction:
        """\\q{ ClassString | ... } (after the '{')."""
        src = self.src
        strings = []
        current = []
        while True:
            if self.pos >= self.end:
                self.error("Unterminated character class")
            ch = src[self.pos]
            if ch == "}":
                self.pos += 1
                strings.append(tuple(current))
                return ClassStringDisjunction(strings)
            if ch == "|":
                self.pos += 1
                strings.append(tuple(current))
                current = []
                continue
            current.append(self.class_set_character())

    def may_contain_strings(self, node) -> bool:
        """22.2.1.8 Static Semantics: MayContainStrings."""
        if isinstance(node, CharClass):
            if node.negated:
                return False
            if node.expression is None:
                return any(self.may_contain_strings(e) for e in node.escapes)
            return self.may_contain_strings(node.expression)
        if isinstance(node, ClassSetExpression):
            operands = node.operands
            if not operands:
                return False
            if node.op == "union":
                return any(self.may_contain_strings(o) for o in operands)
            if node.op == "intersection":
                return all(self.may_contain_strings(o) for o in operands)
            return self.may_contain_strings(operands[0])
        if isinstance(node, ClassEscape):
            return node.prop is not None and node.prop.startswith("str:")
        if isinstance(node, ClassStringDisjunction):
            return any(len(string) != 1 for string in node.strings)
        return False    # a (lo, hi) range

    def class_atom(self):
        """A ClassAtom: a character value (int) or a ClassEscape."""
        src = self.src
        if src[self.pos] != "\\":
            return self.read_char()
        self.pos += 1
        if self.pos >= self.end:
            self.error("\\ at end of pattern")
        ch = src[self.pos]
        if ch == "b":
            self.pos += 1
            return 0x08
        if ch == "-" and self.u:
            self.pos += 1
            return 0x2D
        kind = CLASS_ESCAPE_KINDS.get(ch)
        if kind is not None:
            self.pos += 1
            return ClassEscape(kind[0], kind[1])
        if (ch == "p" or ch == "P") and self.u:
            self.pos += 1
            return self.property_escape(ch == "P", "Invalid property name in character class")
        if ch == "c" and not self.u:
            nxt = src[self.pos + 1:self.pos + 2]
            if not nxt or not (nxt in ASCII_LETTERS or nxt in DECIMAL_DIGITS or nxt == "_"):
                return 0x5C     # Annex B: '\' then 'c' as the next atom
        if self.u and ch in DECIMAL_DIGITS and ch != "0":
            self.error("Invalid class escape" if ch in OCTAL_DIGITS else "Invalid escape")
        if not self.u and ch in "89":
            self.pos += 1
            return ord(ch)
        return self.character_escape(True)


# ---------------------------------------------------------------------------------------------
# Entry points

def validate_flags(flags: str) -> bool:
    """True when ``flags`` holds only d g i m s u v y, each at most once, and not both u and
    v (22.2.3.3 RegExpInitialize steps 4-5)."""
    return (len(set(flags)) == len(flags) and all(f in VALID_FLAGS for f in flags)
            and not ("u" in flags and "v" in flags))


def parse_pattern(pattern: str, flags: str) -> Pattern:
    """22.2.3.4 ParsePattern: the AST of a valid pattern, else RegExpSyntaxError(short message).

    Flags must already be valid (see validate_flags)."""
    parser = _Parser(pattern, "u" in flags, "v" in flags)
    try:
        body = parser.parse()
    except RecursionError:
        raise RegExpSyntaxError("Regular expression too large") from None
    names = {name: tuple(indices) for name, indices in parser.names.items()}
    return Pattern(body, parser.groups, names, flags, pattern)


FLAG_ORDER = "dgimsuvy"     # V8 prints the flags of an error in this (the `flags` getter's) order


def format_error(pattern: str, flags: str, message: str) -> str:
    """V8's full text: Invalid regular expression: /<pattern>/<flags>: <message>."""
    flags = "".join(sorted(flags, key=FLAG_ORDER.find))
    return f"Invalid regular expression: /{pattern}/{flags}: {message}"


def validate_pattern(pattern: str, flags: str) -> str | None:
    """None when /pattern/flags is a valid RegularExpressionLiteral, else V8's error message."""
    if flags and not validate_flags(flags):
        return "Invalid regular expression flags"
    if _PLAIN.match(pattern):
        return None
    try:
        parse_pattern(pattern, flags)
    except RegExpSyntaxError as error:
        return format_error(pattern, flags, error.message)
    return None
